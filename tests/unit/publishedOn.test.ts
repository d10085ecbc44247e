import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { PublishedOn } from '@/site/components/PublishedOn'

const render = (props: Parameters<typeof PublishedOn>[0]) =>
  renderToStaticMarkup(createElement(PublishedOn, props)).replace(/<[^>]+>/g, '')

describe('PublishedOn', () => {
  it('should say "Updated" with the day and time as soon as the story is revised', () => {
    const text = render({
      publishedAt: '2025-10-14T09:10:00.000Z',
      updatedAt: '2025-10-14T09:12:00.000Z',
    })
    expect(text).toContain('Updated 14 Oct 2025, 09:12')
  })

  it('should say nothing of updates for a story never revised', () => {
    expect(render({ publishedAt: '2025-10-14T09:10:00.000Z', updatedAt: null })).not.toContain(
      'Updated',
    )
  })
})
