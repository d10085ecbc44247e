import { createHmac } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { E2E } from './support/settings'

test('should preview the latest draft from the admin, with a banner and an exit link', async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  const draftTitle = `${story.title} (draft rewrite)`
  await newsroom.update(story.id, { title: draftTitle }, true)

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)
  const popup = page.waitForEvent('popup')
  await page.locator('#preview-button').click()
  const preview = await popup
  await expect(preview).toHaveURL(new RegExp(`/military/${story.slug}$`))
  await expect(preview.getByRole('status').filter({ hasText: 'previewing a draft' })).toBeVisible()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draftTitle)

  // Readers still get the published version.
  const reader = await page.context().browser()?.newContext()
  const readerPage = await reader?.newPage()
  await readerPage?.goto(`/military/${story.slug}`)
  await expect(readerPage!.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await reader?.close()

  await preview.getByRole('link', { name: 'Exit preview' }).click()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await expect(preview.getByText('previewing a draft')).toHaveCount(0)
})

test('should show the draft as it is typed in live preview', async ({ page, request }) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('#live-preview-iframe')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(story.title)
  const typed = `${story.title} typed live`
  await page.locator('#field-title').fill(typed)
  // Autosave stores the draft, then the preview re-renders from the server.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(typed, { timeout: 15_000 })

  // The newsroom's breakpoints: the draft as a phone shows it.
  await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
  await page.getByRole('button', { name: 'Mobile', exact: true }).click()
  const size = page.locator('.live-preview-toolbar-controls__device-size input')
  await expect(size.first()).toHaveValue('375')
  await expect(size.nth(1)).toHaveValue('667')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(typed)
  await expect
    .poll(async () =>
      Math.round((await page.locator('#live-preview-iframe').boundingBox())?.width ?? 0),
    )
    .toBe(375)
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'docs/images/newsroom-live-preview.png' })
})

test('should refuse preview links without a valid token or a signed-in user', async ({
  playwright,
  baseURL,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ _status: 'draft' })
  const anonymous = await playwright.request.newContext({ baseURL })
  const forged = await anonymous.get(`/next/preview?slug=${story.slug}&token=forged`, {
    maxRedirects: 0,
  })
  expect(forged.status()).toBe(403)
  expect((await forged.json()).error.code).toBe('invalid_preview_link')
  // A real token still needs a newsroom session.
  const token = createHmac('sha256', E2E.secret).update(`preview:${story.slug}`).digest('base64url')
  const unsigned = await anonymous.get(`/next/preview?slug=${story.slug}&token=${token}`, {
    maxRedirects: 0,
  })
  expect(unsigned.status()).toBe(401)
  expect((await unsigned.json()).error.code).toBe('sign_in_required')
  const page = await anonymous.get(`/military/${story.slug}`)
  expect(page.status()).toBe(404)
  await anonymous.dispose()
})
