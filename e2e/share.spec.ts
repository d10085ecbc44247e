import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'

test('should let an editor share a draft with an outsider, then revoke the link', async ({
  page,
  request,
  browser,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  const draftTitle = `${story.title} (shared draft)`
  await newsroom.update(story.id, { title: draftTitle }, true)

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)
  const box = page.getByTestId('share-links')
  await box.getByRole('button', { name: 'Create share link' }).click()
  const link = await box.getByLabel('Share link').inputValue()
  expect(link).toMatch(/\/next\/share\/[A-Za-z0-9_-]{43}$/)

  // Someone outside the newsroom: a fresh browser with no cookies at all.
  const outsider = await browser.newContext()
  const outsiderPage = await outsider.newPage()
  const response = await outsiderPage.goto(link)
  expect(response?.status()).toBe(200)
  await expect(outsiderPage.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
  await expect(
    outsiderPage.getByRole('status').filter({ hasText: 'Shared preview, not published, expires' }),
  ).toBeVisible()
  const headers = response?.headers() ?? {}
  expect(headers['cache-control']).toContain('private')
  expect(headers['cache-control']).toContain('no-store')
  expect(headers['referrer-policy']).toBe('no-referrer')
  await expect(outsiderPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  // No session and no draft mode: the link lends the outsider nothing but this page.
  expect(await outsider.cookies()).toEqual([])
  const published = await outsiderPage.goto(`/military/${story.slug}`)
  expect(published?.status()).toBe(200)
  await expect(outsiderPage.getByRole('heading', { level: 1 })).toHaveText(story.title)

  await box.getByRole('button', { name: 'Revoke' }).first().click()
  await expect(box.getByLabel('Share link')).toHaveCount(0)

  const revoked = await outsiderPage.goto(link)
  expect(revoked?.status()).toBe(404)
  await expect(outsiderPage.getByRole('heading', { level: 1 })).toHaveText(
    'This preview link no longer works',
  )
  await outsider.close()
})
