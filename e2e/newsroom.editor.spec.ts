import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom, simpleBody } from './support/content'
import { adminHeaders, storedArticle } from './support/newsroom'

// Its own documentation-range address (read from X-Forwarded-For, as behind a proxy): the sign-ins
// here do not use up the per-address sign-in allowance the other specs share.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.3' } })

test.describe.configure({ mode: 'serial' })
// The date picker reads and writes the browser's local time.
test.use({ timezoneId: 'UTC' })

const MINUTE = 60_000

/** The admin's date picker format, "Nov 26, 2026 1:05 PM", in UTC. */
function pickerText(date: Date): string {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hour12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

test('should let an editor review a story and schedule it, and it goes live on time untouched', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(5 * MINUTE)
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ _status: 'draft', workflow: 'in-review' })
  const reader = await playwright.request.newContext({ baseURL })
  // The front is cached without the story, so only revalidation can bring it in on time.
  expect(await (await reader.get('/')).text()).not.toContain(story.title)
  expect((await reader.get(`/military/${story.slug}`)).status()).toBe(404)

  await signIn(page, await createAccount(request, 'editor'))
  const inReview = page.locator('[data-desk="in-review"]')
  await expect(inReview).toContainText(story.title)
  await inReview.getByRole('link', { name: story.title }).click()
  await page.waitForURL(new RegExp(`/admin/collections/articles/${story.id}$`))

  // One minute ahead at least, on a whole minute (the picker's precision).
  const at = new Date(Math.ceil((Date.now() + MINUTE) / MINUTE) * MINUTE)
  await page.locator('#action-save-popup button').first().click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-publish')
  // Payload preselects "Unpublish" for a story that was never published: choose Publish.
  await drawer.getByText('Publish', { exact: true }).click()
  await drawer.locator('.date-time-picker input').fill(pickerText(at))
  await drawer.locator('.date-time-picker input').press('Enter')
  await page.screenshot({ path: 'docs/images/newsroom-schedule.png' })
  await page.locator('#scheduled-publish-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/scheduled/i)

  await page.goto('/admin')
  const scheduled = page.locator('[data-desk="scheduled"]')
  await expect(scheduled).toContainText(story.title)
  await expect(scheduled.locator('time')).toHaveAttribute('datetime', at.toISOString())
  await page.screenshot({ path: 'docs/images/newsroom-desk.png', fullPage: true })

  // Nobody touches anything now: the server's own ticker publishes it.
  let liveAt = 0
  await expect
    .poll(
      async () => {
        const status = (await reader.get(`/military/${story.slug}`)).status()
        if (status === 200 && !liveAt) liveAt = Date.now()
        return status
      },
      { timeout: at.getTime() - Date.now() + 45_000, intervals: [1000] },
    )
    .toBe(200)
  expect(liveAt).toBeGreaterThanOrEqual(at.getTime())
  expect(liveAt - at.getTime()).toBeLessThan(25_000)
  // The cached front was cleared by the publish, not by its 60-second expiry.
  expect(await (await reader.get('/')).text()).toContain(story.title)
  expect(Date.now() - at.getTime()).toBeLessThan(40_000)

  const published = await storedArticle(request, story.id)
  expect(published._status).toBe('published')
  expect(published.publishedAt).toBe(at.toISOString())
  expect(published.workflow).toBe('ready')
  await reader.dispose()
})

test('should bring back the old body when an editor restores a version', async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story({ body: simpleBody('What happened', 'The original account.') })
  await newsroom.update(story.id, {
    body: simpleBody('What happened', 'A rewrite that went wrong.'),
  })

  const versions = await request.get('/api/articles/versions', {
    headers: await adminHeaders(request),
    params: { 'where[parent][equals]': story.id, sort: 'createdAt', depth: '0', limit: '50' },
  })
  type Version = { id: string; version: unknown }
  const docs: Version[] = (await versions.json()).docs
  const containing = (text: string) =>
    docs.find((version) => JSON.stringify(version.version).includes(text))
  const original = containing('The original account.')
  const rewrite = containing('A rewrite that went wrong.')
  expect(original && rewrite).toBeTruthy()

  await signIn(page, await createAccount(request, 'editor'))
  await page.goto(
    `/admin/collections/articles/${story.id}/versions/${original?.id}?versionFrom=${rewrite?.id}`,
  )
  await expect(page.getByText('A rewrite that went wrong.').first()).toBeVisible()
  await page.screenshot({ path: 'docs/images/newsroom-version-diff.png', fullPage: true })
  await page.getByRole('button', { name: 'Restore this version' }).click()
  await page.locator('#confirm-action').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/restored/i)

  const restored = JSON.stringify((await storedArticle(request, story.id)).body)
  expect(restored).toContain('The original account.')
  expect(restored).not.toContain('went wrong')
})
