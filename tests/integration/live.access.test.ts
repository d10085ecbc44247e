import { afterAll, describe, expect, it } from 'vitest'

import { LIVE_ENTRIES } from '@collections/slugs'
import type { LiveEntry } from '@/payload-types'

import { LiveEntryFixtures } from '../support/liveEntries'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({
  users: { contributor: 'contributor', editor: 'editor' },
})
const { contributor, editor } = users
const entries = new LiveEntryFixtures(payload)
afterAll(() => entries.cleanup())

const liveStory = (overrides: Parameters<typeof fixtures.article>[0] = {}) =>
  fixtures.article({ liveStatus: 'open', ...overrides })

const anonymousEntryIds = async (articleId: string) => {
  const { docs } = await payload.find({
    collection: LIVE_ENTRIES,
    where: { article: { equals: articleId } },
    overrideAccess: false,
  })
  return docs.map((doc) => doc.id)
}

describe('live entries: what anonymous callers read', () => {
  it('should show a published entry of a published live story', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id, status: 'published' })
    expect(await anonymousEntryIds(story.id)).toEqual([entry.id])
  })

  it('should hide an entry still in review', async () => {
    const story = await liveStory()
    await entries.entry({ article: story.id, status: 'review' })
    expect(await anonymousEntryIds(story.id)).toEqual([])
  })

  it('should hide published entries of a story that is not published', async () => {
    const story = await liveStory({ _status: 'draft' })
    await entries.entry({ article: story.id, status: 'published' })
    expect(await anonymousEntryIds(story.id)).toEqual([])
  })

  it('should hide published entries of another desk or of a story not yet due', async () => {
    const otherDesk = await liveStory({ section: 'politics' })
    const future = await liveStory({ publishedAt: new Date(Date.now() + 86_400_000).toISOString() })
    await entries.entry({ article: otherDesk.id, status: 'published' })
    await entries.entry({ article: future.id, status: 'published' })
    expect(await anonymousEntryIds(otherDesk.id)).toEqual([])
    expect(await anonymousEntryIds(future.id)).toEqual([])
  })

  it('should hide who added an entry', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id, status: 'published' }, { user: editor })
    const { docs } = await payload.find({
      collection: LIVE_ENTRIES,
      where: { id: { equals: entry.id } },
      overrideAccess: false,
    })
    expect(docs[0]).toBeDefined()
    expect(docs[0]).not.toHaveProperty('createdBy')
  })
})

describe('live entries: the newsroom', () => {
  it('should let a contributor add an entry, for review by default', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id }, { user: contributor })
    expect(entry.status).toBe('review')
  })

  it('should publish an editor’s entry in one save', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id }, { user: editor })
    expect(entry.status).toBe('published')
  })

  it('should refuse a contributor’s published entry', async () => {
    const story = await liveStory()
    await expect(
      entries.entry({ article: story.id, status: 'published' }, { user: contributor }),
    ).rejects.toThrow()
  })

  it('should refuse a contributor publishing their entry from review', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id }, { user: contributor })
    await expect(
      payload.update({
        collection: LIVE_ENTRIES,
        id: entry.id,
        data: { status: 'published' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('should refuse a contributor editing a published entry', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id }, { user: editor })
    await expect(
      payload.update({
        collection: LIVE_ENTRIES,
        id: entry.id,
        data: { headline: 'Changed by a contributor' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('should refuse an entry whose text has a script link', async () => {
    const story = await liveStory()
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: null,
                format: '',
                indent: 0,
                fields: { url: 'javascript:alert(1)', linkType: 'custom' },
                children: [],
              },
            ],
          },
        ],
      },
    }
    await expect(
      entries.entry({ article: story.id, body: body as LiveEntry['body'] }, { user: editor }),
    ).rejects.toThrow(/body/i)
  })

  it('should mark a public entry edited when its words change, not when it is pinned', async () => {
    const story = await liveStory()
    const entry = await entries.entry({ article: story.id, headline: 'First' }, { user: editor })
    const pinned = await payload.update({
      collection: LIVE_ENTRIES,
      id: entry.id,
      data: { pinned: true },
      user: editor,
      overrideAccess: false,
    })
    expect(pinned.editedAt ?? null).toBeNull()
    const edited = await payload.update({
      collection: LIVE_ENTRIES,
      id: entry.id,
      data: { headline: 'Corrected' },
      user: editor,
      overrideAccess: false,
    })
    expect(edited.editedAt).toEqual(expect.any(String))
  })
})
