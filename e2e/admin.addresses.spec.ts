import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { createAccount } from './support/admin'
import { Newsroom } from './support/content'
import { E2E } from './support/settings'

/** Signs in through the admin's own form at `origin`, as an editor would there. */
async function signInAt(page: Page, origin: string, account: { email: string; password: string }) {
  await page.goto(`${origin}/admin/login`)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${origin}/admin`)
}

/** A save the way the admin makes it: a same-origin fetch carrying the session cookie. */
const saveFromPage = (page: Page, id: string, excerpt: string) =>
  page.evaluate(
    async ({ id, excerpt }) =>
      (
        await fetch(`/api/articles/${id}?draft=true&depth=0`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ excerpt }),
        })
      ).status,
    { id, excerpt },
  )

test.describe('the admin on the addresses the demo answers on', () => {
  // The embedded demo trusts every loopback name for its port; a deployment only SERVER_URL.
  for (const host of ['127.0.0.1', '[::1]']) {
    const trusted = E2E.isEmbedded
    const title = trusted
      ? `should let an editor opened at ${host} save`
      : `should warn an editor opened at ${host} and refuse the save (only SERVER_URL is trusted)`
    test(title, async ({ page, request }) => {
      const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
      const origin = `http://${host}:${E2E.port}`
      await signInAt(page, origin, await createAccount(request, 'editor'))
      await page.goto(`${origin}/admin/collections/articles/${story.id}`)
      await expect(page.getByTestId('untrusted-address')).toHaveCount(trusted ? 0 : 1)
      expect(await saveFromPage(page, story.id, `Saved from ${host}`)).toBe(trusted ? 200 : 403)
    })
  }

  test('should name the address to use, and still refuse saves, from an untrusted address', async ({
    page,
    request,
  }) => {
    const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
    // Another loopback address reaches the same server, but is not one the demo trusts.
    const origin = `http://127.0.0.2:${E2E.port}`
    await page.goto(`${origin}/admin/login`)
    const notice = page.getByTestId('untrusted-address')
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(origin)
    await expect(notice.getByRole('link', { name: `${E2E.baseURL}/admin` })).toHaveAttribute(
      'href',
      `${E2E.baseURL}/admin`,
    )

    const account = await createAccount(request, 'editor')
    const signedIn = await page.evaluate(
      async (data) =>
        (
          await fetch('/api/users/login', {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(data),
          })
        ).status,
      { email: account.email, password: account.password },
    )
    expect(signedIn).toBe(200)
    // The CSRF defence holds: a session cookie from this origin is ignored.
    expect(await saveFromPage(page, story.id, 'Saved from an untrusted origin')).toBe(403)
  })
})
