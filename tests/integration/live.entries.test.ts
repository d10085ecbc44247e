import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIVE_ENTRIES } from '@collections/slugs'
import { listLiveEntries } from '@/articles/live/liveEntryReads'
import { TAGS, tagsForArticleChange, tagsForLiveEntryChange } from '@/platform/cache/tags'
import { cacheTagsInUse } from '@/platform/cache/cached'
import { sectionFeedXml } from '@/site/feed/sectionFeedXml'
import { liveBlogPostingJsonLd } from '@/site/seo/liveBlogJsonLd'
import type { Article } from '@/payload-types'

import { ORIGIN, getJson } from '../support/contentApi'
import { LiveEntryFixtures, minutesFromNow } from '../support/liveEntries'
import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures } = await setupNewsroom()
const entries = new LiveEntryFixtures(payload)
afterAll(() => entries.cleanup())

type EntryList = {
  data: { id: string; headline: string | null; pinned: boolean; updatedAt: string }[]
  meta: { pagination: { total: number; pages: number; next: number | null } }
}

let story: Article
let secret: string

beforeAll(async () => {
  story = await fixtures.article({ liveStatus: 'open' })
  secret = `review-${story.id.slice(0, 8)}`
  await entries.entry({ article: story.id, time: minutesFromNow(-30), headline: 'Oldest' })
  await entries.entry({ article: story.id, time: minutesFromNow(-10), headline: 'Newest' })
  await entries.entry({
    article: story.id,
    time: minutesFromNow(-20),
    headline: 'Middle',
    pinned: true,
  })
  await entries.entry({ article: story.id, headline: secret, status: 'review' })
})

const entriesPath = (query = '') =>
  `/api/v1/military/articles/${story.slug}/entries${query ? `?${query}` : ''}`

describe('live entries: order and since', () => {
  it('should list published entries newest first, whenever they were added', async () => {
    const { docs } = await listLiveEntries({ slug: story.slug })
    expect(docs.map((entry) => entry.headline)).toEqual(['Newest', 'Middle', 'Oldest'])
  })

  it('should return with since only entries added or changed after it', async () => {
    const { docs: before } = await listLiveEntries({ slug: story.slug })
    const latest =
      before
        .map((entry) => entry.updatedAt)
        .sort()
        .at(-1) ?? ''
    const added = await entries.entry({ article: story.id, headline: 'After since' })
    const { docs } = await listLiveEntries({ slug: story.slug, since: latest })
    expect(docs.map((entry) => entry.id)).toEqual([added.id])
  })

  it('should return an edited entry again with since', async () => {
    const { docs: before } = await listLiveEntries({ slug: story.slug })
    const latest =
      before
        .map((entry) => entry.updatedAt)
        .sort()
        .at(-1) ?? ''
    const oldest = before.find((entry) => entry.headline === 'Oldest')
    await payload.update({ collection: LIVE_ENTRIES, id: oldest?.id ?? '', data: { pinned: true } })
    const { docs } = await listLiveEntries({ slug: story.slug, since: latest })
    expect(docs.map((entry) => entry.headline)).toEqual(['Oldest'])
  })
})

describe('live entries: the content API', () => {
  it('should page through the entries with the list envelope', async () => {
    const { status, body } = await getJson<EntryList>(entriesPath('limit=2'))
    expect(status).toBe(200)
    expect(body.data).toHaveLength(2)
    expect(body.meta.pagination).toMatchObject({ pages: 2, next: 2 })
  })

  it('should never list an entry in review', async () => {
    const { body } = await getJson<EntryList>(entriesPath('limit=100'))
    expect(JSON.stringify(body)).not.toContain(secret)
  })

  it('should answer 400 to a bad since, an unknown parameter or a bad limit', async () => {
    for (const query of ['since=yesterday', 'after=2025-01-01', 'limit=0', 'page=x']) {
      const { status, body } = await getJson<{ error: { code: string } }>(entriesPath(query))
      expect({ query, status, code: body.error.code }).toEqual({
        query,
        status: 400,
        code: 'invalid_parameters',
      })
    }
  })

  it('should answer 404 for a story that is not public', async () => {
    const draft = await fixtures.article({ _status: 'draft', liveStatus: 'open' })
    await entries.entry({ article: draft.id, headline: 'Draft story entry' })
    const { status } = await getJson(`/api/v1/military/articles/${draft.slug}/entries`)
    expect(status).toBe(404)
  })
})

describe('live entries: Payload’s own doors', () => {
  it('should not show an entry in review through REST', async () => {
    const response = await rest(`/api/${LIVE_ENTRIES}?limit=100&depth=0`)
    expect(response.status).toBe(200)
    expect(await response.text()).not.toContain(secret)
  })

  it('should not show an entry in review through GraphQL', async () => {
    const response = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ LiveEntries(limit: 100) { docs { id headline } } }' }),
      }),
    )
    const text = await response.text()
    expect(text).toContain('LiveEntries')
    expect(text).toContain('Newest')
    expect(text).not.toContain(secret)
  })
})

describe('live entries: feed, JSON-LD and cache tags', () => {
  it('should carry entries of open live pages in the feed, never one in review', async () => {
    const xml = await sectionFeedXml()
    expect(xml).toContain(`${story.title}: Newest`)
    expect(xml).not.toContain(secret)
  })

  it('should describe a live story as LiveBlogPosting with its updates', async () => {
    const { docs } = await listLiveEntries({ slug: story.slug })
    const stored = await payload.findByID({ collection: 'articles', id: story.id })
    const jsonLd = liveBlogPostingJsonLd(stored, docs)
    expect(jsonLd['@type']).toBe('LiveBlogPosting')
    expect(jsonLd).toMatchObject({ coverageStartTime: expect.any(String) })
    expect(JSON.stringify(jsonLd.liveBlogUpdate)).toContain('Newest')
  })

  it('should clear every tag the live reads cache with', () => {
    const cleared = new Set([
      ...tagsForLiveEntryChange(story.slug),
      ...tagsForArticleChange(story),
      TAGS.authors,
      TAGS.media,
    ])
    const liveTags = [...cacheTagsInUse()].filter((tag) => tag.startsWith('live-entries'))
    expect(liveTags.length).toBeGreaterThan(0)
    expect(liveTags.filter((tag) => !cleared.has(tag))).toEqual([])
  })
})
