import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { pythonToolsBin } from '../../scripts/lib/pythonTools'
import { Newsroom } from '../support/content'

type ParsedFeed = {
  bozo: boolean
  bozoException: string
  version: string
  title: string
  link: string
  image: string | null
  entries: {
    title: string
    link: string
    authors: string[]
    published: boolean
    enclosures: { type: string; href: string; length: string }[]
  }[]
}

/** The feed as Python's feedparser (what many readers and aggregators are built on) sees it. */
function parseWithFeedparser(xml: string): ParsedFeed {
  const run = spawnSync(pythonToolsBin.python(), [path.join(import.meta.dirname, 'checkFeed.py')], {
    input: xml,
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as ParsedFeed
}

test('should give feedparser a well-formed RSS 2.0 feed with full items', async ({ request }) => {
  // A co-authored story among the latest, whatever the other specs published before this one.
  const newsroom = await Newsroom.signIn(request)
  const coAuthor = await newsroom.author(`E2E co-author ${Date.now()}`)
  const story = await newsroom.story()
  const { authors } = (await (
    await request.get(`/api/articles/${story.id}?depth=0`, { headers: newsroom.authHeaders })
  ).json()) as { authors: string[] }
  await newsroom.update(story.id, { authors: [...authors, coAuthor.id], _status: 'published' })
  const feed = parseWithFeedparser(await (await request.get('/military/feed.xml')).text())
  expect(feed.bozoException).toBe('')
  expect(feed.bozo).toBe(false)
  expect(feed.version).toBe('rss20')
  expect(feed.link).toMatch(/\/military$/)
  // RSS 2.0 allows a GIF, JPEG or PNG channel image.
  expect(feed.image).toMatch(/\.(png|jpe?g|gif)$/)
  expect(feed.entries.length).toBeGreaterThanOrEqual(15)
  for (const entry of feed.entries) {
    expect(entry.title, entry.link).toBeTruthy()
    expect(entry.published, entry.link).toBe(true)
    expect(entry.authors.length, entry.link).toBeGreaterThan(0)
    // Each co-author is a name of their own, never a list joined into one.
    for (const author of entry.authors) expect(author, entry.link).not.toMatch(/,| and /)
    expect(entry.enclosures, entry.link).toEqual([
      expect.objectContaining({
        type: expect.stringMatching(/^image\//),
        href: expect.any(String),
      }),
    ])
    expect(Number(entry.enclosures[0]?.length), entry.link).toBeGreaterThan(0)
  }
  expect(feed.entries.some((entry) => entry.authors.length > 1)).toBe(true)
})
