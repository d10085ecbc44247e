import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { adminHeaders, storedArticle } from './support/newsroom'

// Its own documentation-range address (read from X-Forwarded-For, as behind a proxy): the sign-ins
// here do not use up the per-address sign-in allowance the other specs share.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.4' } })

test('should show credits, offer bulk upload and refuse deleting a picture a story uses', async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  const heroId: string = (await storedArticle(request, story.id)).heroImage

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto('/admin/collections/media')
  await expect(page.getByRole('button', { name: 'Bulk Upload' })).toBeVisible()
  await expect(page.locator('.credit-cell').first()).toHaveText('© Al Jazeera')
  await page.screenshot({ path: 'docs/images/newsroom-media.png' })

  await page.goto(`/admin/collections/media/${heroId}`)
  await page.locator('.doc-controls__popup button').first().click()
  await page.locator('#action-delete').click()
  await page.locator('#confirm-action').click()
  await expect(page.locator('.payload-toast-container')).toContainText(
    `This image is used by 1 article: "${story.title}"`,
  )
  const still = await request.get(`/api/media/${heroId}`, { headers: await adminHeaders(request) })
  expect(still.status()).toBe(200)
})
