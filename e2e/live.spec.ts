import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { expectSaved, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { E2E } from './support/settings'

/** What the brief promises a reader who keeps the page open: each entry within 2 seconds. */
const VISIBLE_WITHIN_MS = 2000

async function addEntry(editor: Page, storyTitle: string, headline: string, text: string) {
  await editor.goto('/admin/collections/liveEntries/create')
  await editor.locator('#field-article .rs__control').click()
  await editor.keyboard.type(storyTitle)
  await editor.locator('.rs__option', { hasText: storyTitle }).click()
  await editor.locator('#field-headline').fill(headline)
  const body = editor.locator('.field-type.rich-text-lexical [data-lexical-editor="true"]')
  await body.click()
  await editor.keyboard.type(text)
  // Under load the editor can take its keystrokes late: save only what is on the screen.
  await expect(body).toContainText(text)
  await editor.locator('#action-save').click()
  // What is timed is the reader's side, from the save on; the save itself may be slow under load.
  await expectSaved(editor, 30_000)
  await editor.waitForURL(/\/admin\/collections\/liveEntries\/[0-9a-f-]{24,36}$/)
}

test('should show each entry an editor adds to a reader who keeps the live page open, without reload', async ({
  page: editor,
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ liveStatus: 'open' })
  await signIn(editor, E2E.admin)

  const readerContext = await browser.newContext({ viewport: { width: 1000, height: 700 } })
  const reader = await readerContext.newPage()
  const listening = reader.waitForResponse((response) => response.url().includes('/entries?since='))
  await reader.goto(`/military/${story.slug}`)
  await listening
  await expect(reader.getByTestId('live-label')).toHaveText('Live')
  let navigations = 0
  reader.on('framenavigated', (frame) => {
    if (frame === reader.mainFrame()) navigations += 1
  })

  const headlines = [
    'Sirens in the border town',
    'Strike on the depot confirmed',
    'Ceasefire talks',
  ]
  for (const [index, headline] of headlines.entries()) {
    await addEntry(editor, story.title, headline, `Update ${index + 1} from the desk.`)
    await expect(reader.getByTestId('live-entry').filter({ hasText: headline })).toBeVisible({
      timeout: VISIBLE_WITHIN_MS,
    })
  }
  // Newest first.
  await expect(reader.getByTestId('live-entry').locator('h3')).toHaveText([...headlines].reverse())

  // Pin the first entry: it shows under "Key events" at once.
  await editor.goto('/admin/collections/liveEntries')
  await editor.getByRole('link', { name: headlines[0] }).first().click()
  await editor.locator('#field-pinned').check()
  await editor.locator('#action-save').click()
  await expectSaved(editor)
  await expect(reader.getByTestId('key-event').filter({ hasText: headlines[0] })).toBeVisible({
    timeout: VISIBLE_WITHIN_MS,
  })
  expect(navigations).toBe(0)
  await readerContext.close()
})

test('should offer "1 new update" instead of moving a reader who has scrolled into the entries', async ({
  browser,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ liveStatus: 'open' })
  await newsroom.entry({ article: story.id, headline: 'First update' })

  const readerContext = await browser.newContext({ viewport: { width: 1000, height: 400 } })
  const reader = await readerContext.newPage()
  // The island catches up once its stream is open: after that, it hears every new entry.
  const listening = reader.waitForResponse((response) => response.url().includes('/entries?since='))
  await reader.goto(`/military/${story.slug}`)
  await listening
  await expect(reader.getByTestId('live-entry')).toHaveCount(1)
  await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight))

  await newsroom.entry({ article: story.id, headline: 'Second update' })
  const button = reader.getByRole('button', { name: '1 new update' })
  await expect(button).toBeVisible({ timeout: VISIBLE_WITHIN_MS })
  await expect(reader.getByTestId('live-entry')).toHaveCount(1)
  await button.click()
  await expect(reader.getByTestId('live-entry').first()).toContainText('Second update')
  await readerContext.close()
})

test('should describe a live page as LiveBlogPosting with its entries in JSON-LD', async ({
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ liveStatus: 'open' })
  await newsroom.entry({ article: story.id, headline: 'Opening update' })
  await newsroom.entry({ article: story.id, headline: 'Second update' })
  const anonymous = await playwright.request.newContext({ baseURL })
  const html = await (await anonymous.get(`/military/${story.slug}`)).text()
  const scripts = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)]
  const data = scripts.flatMap((match) => [JSON.parse(match[1] ?? 'null')].flat())
  const live = data.find((item) => item?.['@type'] === 'LiveBlogPosting')
  expect(live).toBeDefined()
  expect(live.coverageStartTime).toEqual(expect.any(String))
  expect(live.coverageEndTime).toBeUndefined()
  expect(live.liveBlogUpdate.map((update: { headline: string }) => update.headline)).toEqual([
    'Second update',
    'Opening update',
  ])

  await newsroom.update(story.id, { liveStatus: 'closed' })
  await expect
    .poll(async () =>
      (await (await anonymous.get(`/military/${story.slug}`)).text()).includes('coverageEndTime'),
    )
    .toBe(true)
  const closed = await (await anonymous.get(`/military/${story.slug}`)).text()
  expect(closed).toContain('Live coverage ended')
  await anonymous.dispose()
})
