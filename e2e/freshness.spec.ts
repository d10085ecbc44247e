import { expect, test } from '@playwright/test'

import { Newsroom } from './support/content'

/** Polls until `check` passes, up to `withinMs`, and returns how long it took. */
async function within(withinMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Date.now() - started
}

test('should show a story within a second of publishing and drop it within a second of unpublishing', async ({
  request,
  playwright,
  baseURL,
}) => {
  const reader = await playwright.request.newContext({ baseURL })
  const newsroom = await Newsroom.signIn(request)
  const word = `quillwort${Date.now()}`
  const search = `/search?q=${word}`
  const apiList = '/api/v1/military/articles'
  // Warm the caches a publish must clear: the front, a search, the feed, the sitemap, the API.
  await Promise.all(
    ['/military', search, '/military/feed.xml', '/sitemap.xml', apiList].map((p) => reader.get(p)),
  )
  expect(await (await reader.get(search)).text()).toContain('No stories match')

  const story = await newsroom.story({ excerpt: `A ${word} in the dek.` })
  const path = `/military/${story.slug}`
  const apiItem = `/api/v1/military/articles/${story.slug}`
  await within(1000, async () => (await reader.get(path)).status() === 200)
  await within(1000, async () =>
    (await (await reader.get('/military')).text()).includes(story.title),
  )
  await within(1000, async () => (await (await reader.get(search)).text()).includes(story.title))
  await within(1000, async () => (await (await reader.get(apiList)).text()).includes(story.slug))
  await within(1000, async () => (await reader.get(apiItem)).status() === 200)
  await within(1000, async () =>
    (await (await reader.get('/military/feed.xml')).text()).includes(path),
  )
  await within(1000, async () => (await (await reader.get('/sitemap.xml')).text()).includes(path))

  const newTitle = `${story.title} (updated)`
  await newsroom.update(story.id, { title: newTitle })
  await within(1000, async () => (await (await reader.get(path)).text()).includes(newTitle))
  await within(1000, async () => (await (await reader.get(apiItem)).text()).includes(newTitle))
  await within(1000, async () => (await (await reader.get(search)).text()).includes(newTitle))

  await newsroom.update(story.id, { _status: 'draft' })
  await within(1000, async () => (await reader.get(path)).status() === 404)
  await within(1000, async () => !(await (await reader.get('/military')).text()).includes(newTitle))
  await within(1000, async () => !(await (await reader.get(search)).text()).includes(newTitle))
  await within(1000, async () => (await reader.get(apiItem)).status() === 404)

  await newsroom.update(story.id, { _status: 'published' })
  await within(1000, async () => (await reader.get(path)).status() === 200)
  await newsroom.remove(story.id)
  await within(1000, async () => (await reader.get(path)).status() === 404)
  await reader.dispose()
})
