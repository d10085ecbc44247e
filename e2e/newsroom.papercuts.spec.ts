import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { adminHeaders } from './support/newsroom'

test('should preselect Publish and the site’s time zone when scheduling a story never published', async ({
  page,
  request,
}) => {
  const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)

  await page.locator('#action-save-popup button').first().click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.locator('input[type="radio"][id$="-type-publish"]')).toBeChecked()
  await expect(drawer.locator('input[type="radio"][id$="-type-unpublish"]')).not.toBeChecked()
  // SITE_TIME_ZONE is unset in the test server: UTC.
  await expect(drawer.locator('.timezone-picker')).toContainText('UTC')
})

test('should not leave "No Title" drafts behind when Create New is opened and left', async ({
  page,
  request,
}) => {
  const editor = await createAccount(request, 'editor')
  await signIn(page, editor)
  const createdIds: string[] = []
  for (let opened = 0; opened < 3; opened++) {
    await page.goto('/admin/collections/articles/create')
    await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/)
    createdIds.push(page.url().split('/').pop() ?? '')
    // The editor looks elsewhere before writing anything.
    await page.goto('/admin/collections/articles')
  }
  await page.goto('/admin/collections/articles/create')
  await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/)

  const headers = await adminHeaders(request)
  for (const id of createdIds) {
    const response = await request.get(`/api/articles/${id}?draft=true&depth=0`, { headers })
    expect(response.status()).toBe(404)
  }
})

test('should show no view count on a story nobody has read, on the page or in the list', async ({
  browser,
  page,
  request,
}) => {
  const story = await (await Newsroom.signIn(request)).story()
  // A crawler's visit is never counted (isbot), so the story stays unread.
  const crawler = await browser.newContext({
    userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)',
  })
  const reader = await crawler.newPage()
  await reader.goto(`/military/${story.slug}`)
  await expect(reader.locator('main h1')).toHaveText(story.title)
  await expect(reader.getByTestId('views')).toHaveCount(0)
  await expect(reader.getByText(/\b0 Views\b/)).toHaveCount(0)
  await crawler.close()

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles?search=${encodeURIComponent(story.title)}`)
  const row = page.locator('table tbody tr', { hasText: story.title })
  await expect(row).toHaveCount(1)
  await expect(row.locator('td.cell-views')).toHaveText('')
})
