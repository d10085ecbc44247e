import { describe, expect, it } from 'vitest'

import { parseTopicSlug, topicSlug } from '@/articles/topicSlug'
import { topicFeedPath, topicPath } from '@/articles/urls'

describe('topicSlug', () => {
  it('should turn spaces and capitals into a lowercase-kebab slug', () => {
    expect(topicSlug('air defence')).toBe('air-defence')
    expect(topicSlug('  Air   Defence ')).toBe('air-defence')
  })

  it('should never let a slash, dot or query character through', () => {
    expect(topicSlug('C4ISR / space')).toBe('c4isr-space')
    expect(topicSlug('../admin')).toBe('admin')
    expect(topicSlug('what?x=1#top')).toBe('what-x-1-top')
  })

  it('should keep letters of any script, composed the same way however they were typed', () => {
    expect(topicSlug('Défense aérienne')).toBe('défense-aérienne')
    expect(topicSlug('De\u0301fense')).toBe(topicSlug('D\u00e9fense'))
    expect(topicSlug('Оборона')).toBe('оборона')
  })

  it('should give no slug to a tag with no letters or digits', () => {
    expect(topicSlug(' / - ')).toBe('')
  })
})

describe('parseTopicSlug', () => {
  it('should read a slug back from the address, encoded or not', () => {
    expect(parseTopicSlug('air-defence')).toBe('air-defence')
    expect(parseTopicSlug('d%C3%A9fense')).toBe('défense')
    expect(parseTopicSlug('défense')).toBe('défense')
  })

  it('should refuse what is not a slug it would make', () => {
    for (const segment of ['Air-Defence', 'air defence', 'air--defence', '-air', '%E0%A4%A', '']) {
      expect(parseTopicSlug(segment), segment).toBeNull()
    }
  })
})

describe('topic addresses', () => {
  it('should percent-encode the slug, and page later pages and the feed under it', () => {
    expect(topicPath('défense')).toBe('/military/topics/d%C3%A9fense')
    expect(topicPath('air-defence', 1)).toBe('/military/topics/air-defence')
    expect(topicPath('air-defence', 3)).toBe('/military/topics/air-defence/page/3')
    expect(topicFeedPath('air-defence')).toBe('/military/topics/air-defence/feed.xml')
  })
})
