import { expect, test } from '@playwright/test'

import { createAccount, expectSaved, signIn } from './support/admin'
import { Newsroom } from './support/content'

// Its own documentation-range address: the sign-ins here do not use up the shared allowance.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.7' } })

const READERS = 5

test('should keep the view count when an editor publishes an edit in the admin', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  // A draft saved before the readers came: its stored copy of the story predates their views.
  await newsroom.update(story.id, { excerpt: 'A draft edit from before the readers.' }, true)
  // Readers with their own browsers, as the site's counter counts them.
  for (let reader = 1; reader <= READERS; reader++) {
    const browser = await playwright.request.newContext({
      baseURL,
      userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.${reader}.0 Safari/537.36`,
    })
    const response = await browser.post(`/api/v1/articles/${story.id}/view`)
    expect((await response.json()).data.counted).toBe(true)
    await browser.dispose()
  }

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(`/admin/collections/articles/${story.id}`)
  const title = `${story.title} (updated)`
  await page.locator('#field-title').fill(title)
  // Let autosave store the edit first, as it does while an editor types.
  await page.waitForResponse(
    (response) =>
      response.url().includes('autosave=true') && response.request().method() === 'PATCH',
  )
  await page.locator('#action-save').click()
  await expectSaved(page)
  await expect(page.locator('.doc-controls')).toContainText('Published')
  await expect(page.locator('#field-views')).toHaveValue(String(READERS))

  // The page shows the kept count, and this visit (a reader's Chrome to the counter) adds one.
  await page.goto(`/military/${story.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByTestId('views')).toHaveText(`${READERS + 1} Views`)

  await page.goto('/admin')
  const item = page.locator('[data-desk="most-viewed"] li', { hasText: title })
  await expect(item).toContainText(`${READERS + 1} views`)
})
