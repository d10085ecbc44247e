import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'

// Its own documentation-range address: these sign-ins do not use up the allowance others share.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.21' }, timezoneId: 'UTC' })

test('should let an editor add a correction in the admin that readers see at once, without republishing', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  // A draft in progress that must stay unpublished.
  await newsroom.update(story.id, { title: `${story.title} (rewrite)` }, true)
  const reader = await playwright.request.newContext({ baseURL })
  const before = await (await reader.get(`/military/${story.slug}`)).text()
  expect(before).not.toContain('Updated')

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)
  await page.getByLabel('Kind').selectOption('correction')
  const text = 'An earlier version of this story misnamed the brigade.'
  await page.getByLabel('What changed').fill(text)
  // Once the note is saved the admin reloads the story; going on before that interrupts it.
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Add to the published story' }).click()
  await reloaded
  // The reloaded story lists the note among its corrections (read-only there).
  await expect(page.locator('#field-corrections__0__text')).toHaveValue(text)

  await expect
    .poll(async () => (await reader.get(`/military/${story.slug}`)).text(), { timeout: 15_000 })
    .toContain(text)
  await page.goto(`/military/${story.slug}`)
  const notes = page.locator('.article-notes')
  await expect(notes).toContainText(/Correction, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:/)
  await expect(notes).toContainText(text)
  await expect(page.locator('.meta.dates')).toContainText(
    /Updated \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/,
  )
  // The draft was not published along with the note.
  await expect(page.locator('h1')).toHaveText(story.title)
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent()
  expect(jsonLd).toContain('"CorrectionComment"')
  await notes.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/images/article-correction.png', fullPage: true })
})

test("should answer a renamed story's old address with 301 to the new one, page and content API", async ({
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  const reader = await playwright.request.newContext({ baseURL })
  expect((await reader.get(`/military/${story.slug}`)).status()).toBe(200)
  const renamed = `${story.slug}-renamed`
  await newsroom.update(story.id, { slug: renamed, _status: 'published' })

  const page = await reader.get(`/military/${story.slug}`, { maxRedirects: 0 })
  expect(page.status()).toBe(301)
  expect(new URL(page.headers().location ?? '', baseURL).pathname).toBe(`/military/${renamed}`)
  expect((await reader.get(`/military/${renamed}`)).status()).toBe(200)

  const api = await reader.get(`/api/v1/military/articles/${story.slug}`, { maxRedirects: 0 })
  expect(api.status()).toBe(301)
  expect(api.headers().location).toBe(`/api/v1/military/articles/${renamed}`)
})
