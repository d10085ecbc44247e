import { createHmac } from 'node:crypto'

import type { APIResponse, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { createAccount, signedInRequest, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { watchCspViolations } from './support/csp'
import { E2E } from './support/settings'

const previewLink = (slug: string) => {
  const token = createHmac('sha256', E2E.secret).update(`preview:${slug}`).digest('base64url')
  return `/next/preview?slug=${encodeURIComponent(slug)}&token=${token}`
}

const scriptSrcOf = (response: APIResponse | { headers(): Record<string, string> }) =>
  (response.headers()['content-security-policy'] ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '))

const nonceOf = (scriptSrc = '') => scriptSrc.match(/'nonce-([^']+)'/)?.[1]

/** An editor's browser page in draft mode on a fresh draft of `story`. */
async function openDraftPreview(page: Page, slug: string) {
  const document = page.waitForResponse((r) => new URL(r.url()).pathname === `/military/${slug}`)
  await page.goto(previewLink(slug))
  await expect(page.getByRole('status').filter({ hasText: 'previewing a draft' })).toBeVisible()
  return document
}

test('should render draft preview with a fresh nonce and strict-dynamic', async ({
  playwright,
  baseURL,
  request,
}) => {
  const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
  const editor = await signedInRequest(playwright, baseURL, 'editor')
  await editor.get(previewLink(story.slug), { maxRedirects: 0 })

  const [first, second] = [
    await editor.get(`/military/${story.slug}`),
    await editor.get(`/military/${story.slug}`),
  ]
  expect(await first.text()).toContain(story.title)
  const scriptSrc = scriptSrcOf(first)
  const nonce = nonceOf(scriptSrc)
  expect(nonce, scriptSrc).toBeTruthy()
  expect(scriptSrc).toContain("'strict-dynamic'")
  // The live preview frames this page inside the admin.
  expect(first.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? []
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
  expect(nonceOf(scriptSrcOf(second))).not.toBe(nonce)

  // Every page in draft mode is rendered for this editor alone; the front page too.
  const front = await editor.get('/')
  expect(scriptSrcOf(front)).toContain("'strict-dynamic'")
  expect(front.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  await editor.dispose()
})

test('should keep cached pages on their own policy for signed-in editors outside draft mode', async ({
  playwright,
  baseURL,
}) => {
  const ARTICLE = '/military/europe-races-to-refill-air-defence-interceptor-stocks'
  const editor = await signedInRequest(playwright, baseURL, 'editor')
  // Signed in but not in draft mode: the cached HTML has no nonces, so no nonce policy.
  await editor.get(ARTICLE)
  const signedIn = await editor.get(ARTICLE)
  expect(signedIn.headers()['x-nextjs-cache']).toBe('HIT')
  expect(scriptSrcOf(signedIn)).toBe("script-src 'self' 'unsafe-inline'")
  // A forged draft-mode cookie still gets the published, cached page, under the stricter policy.
  const forged = await editor.get(ARTICLE, { headers: { Cookie: '__prerender_bypass=forged' } })
  expect(forged.headers()['x-nextjs-cache']).toBe('HIT')
  expect(scriptSrcOf(forged)).toContain("'strict-dynamic'")
  await editor.dispose()
})

test('should not run a script injected into the preview, while the page still works', async ({
  browser,
  request,
}) => {
  const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  await signIn(page, await createAccount(request, 'editor'))
  const violations = watchCspViolations(page)
  await openDraftPreview(page, story.slug)
  // Stands in for a future hole in a renderer: a script without the nonce in the page's HTML.
  const INJECTED = '<script>window.__injected = true</script>'
  await page.route(`**/military/${story.slug}`, async (route) => {
    // Playwright's refetch drops Sec-Fetch-Site, without which the session cookie is ignored.
    const headers = { ...route.request().headers(), 'sec-fetch-site': 'same-origin' }
    const response = await route.fetch({ headers })
    const html = (await response.text()).replace('</head>', `${INJECTED}</head>`)
    await route.fulfill({ response, body: html })
  })
  const document = page.waitForResponse(
    (r) => new URL(r.url()).pathname === `/military/${story.slug}`,
  )
  await page.goto(`/military/${story.slug}`)
  expect(scriptSrcOf(await document)).toContain("'strict-dynamic'")
  expect(await page.content()).toContain(INJECTED)
  expect(await page.evaluate(() => '__injected' in window)).toBe(false)
  await expect.poll(() => violations.filter((v) => /script-src/.test(v)).length).toBeGreaterThan(0)

  // Next.js's own scripts carry the nonce: the page hydrates and its islands work.
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  await context.close()
})

test('should run draft preview with no policy violations', async ({ page, request }) => {
  const story = await (await Newsroom.signIn(request)).story({ _status: 'draft' })
  await signIn(page, await createAccount(request, 'editor'))
  const violations = watchCspViolations(page)
  await openDraftPreview(page, story.slug)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
  await page.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page.getByText('previewing a draft')).toHaveCount(0)
  expect(violations).toEqual([])
})
