import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'

// Its own documentation-range address (read from X-Forwarded-For, as behind a proxy): the sign-ins
// here do not use up the per-address sign-in allowance the other specs share.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.2' } })

const READERS = 6

test("should list the week's most viewed story on the desk, linked to its edit view", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  // Readers with their own browsers, as the site's view counter counts them.
  for (let reader = 1; reader <= READERS; reader++) {
    const browser = await playwright.request.newContext({
      baseURL,
      userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${reader}.0 Safari/537.36`,
    })
    const response = await browser.post(`/api/v1/articles/${story.id}/view`)
    expect((await response.json()).data.counted).toBe(true)
    await browser.dispose()
  }

  await signIn(page, await createAccount(request, 'editor'))
  const mostViewed = page.locator('[data-desk="most-viewed"]')
  const item = mostViewed.locator('li', { hasText: story.title })
  await expect(item).toContainText(`${READERS} views`)
  await item.getByRole('link', { name: story.title }).click()
  await page.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))
})
