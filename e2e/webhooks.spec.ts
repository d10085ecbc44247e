import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from '@playwright/test'

import { expectSaved, signIn } from './support/admin'
import { E2E } from './support/settings'

type Received = { signature: string; body: string }

/** The receiver check from the README, "Webhooks for partners". */
function isSigned(secret: string, { signature, body }: Received): boolean {
  const { t, v1 } = Object.fromEntries(signature.split(',').map((part) => part.split('=')))
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest()
  const given = Buffer.from(v1 ?? '', 'hex')
  const isFresh = Math.abs(Date.now() / 1000 - Number(t)) < 300
  return isFresh && given.length === expected.length && timingSafeEqual(given, expected)
}

test('should register an endpoint and deliver a signed test event to it', async ({ page }) => {
  test.setTimeout(90_000)
  const received: Received[] = []
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        signature: String(request.headers['dispatch-signature']),
        body: Buffer.concat(chunks).toString('utf8'),
      })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.address() as AddressInfo

  try {
    await signIn(page, E2E.admin)
    await page.goto('/admin/collections/webhookEndpoints/create')
    await page.locator('#field-name').fill('Wire partner')
    await page.locator('#field-url').fill(`http://127.0.0.1:${port}/dispatch`)
    await page.locator('#field-events .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Published (first publish' }).click()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Save' }).click()
    await expectSaved(page)

    const secret = await page.locator('#field-secret').inputValue()
    expect(secret).toMatch(/^whsec_/)

    await page.getByRole('button', { name: 'Send test event' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Test event queued' })).toBeVisible()
    // The server's ticker runs due jobs every JOBS_INTERVAL_SECONDS (10 s).
    await expect.poll(() => received.length, { timeout: 45_000 }).toBe(1)

    const [post] = received
    expect(post && isSigned(secret, post)).toBe(true)
    expect(post && isSigned('whsec_someone-else', post)).toBe(false)
    expect(JSON.parse(post?.body ?? '{}')).toMatchObject({ type: 'webhook.test' })

    // The delivery log on the endpoint's page: one delivered attempt.
    await expect(async () => {
      await page.reload()
      const log = page.locator('.delivery-log')
      await expect(log).toContainText('webhook.test')
      await expect(log).toContainText('delivered')
    }).toPass({ timeout: 20_000 })
  } finally {
    await new Promise<void>((resolve) => {
      receiver.closeAllConnections()
      receiver.close(() => resolve())
    })
  }
})

test('should refuse a URL whose scheme is not http or https', async ({ page }) => {
  await signIn(page, E2E.admin)
  await page.goto('/admin/collections/webhookEndpoints/create')
  await page.locator('#field-name').fill('Bad partner')
  await page.locator('#field-url').fill('file:///etc/passwd')
  await page.locator('#field-events .rs__control').click()
  await page.locator('.rs__option').first().click()
  await page.keyboard.press('Escape')
  // The menu must be closed, or the click on Save only closes it.
  await expect(page.locator('.rs__menu')).toHaveCount(0)
  await expect(page.locator('#field-url')).toHaveValue('file:///etc/passwd')
  // Under load a click can land while the form is still busy with the events field and be
  // ignored: click again until the save reaches the server, which must refuse it and say why.
  // (The admin shows that reason as a toast or beside the field, depending on timing.)
  await expect(async () => {
    const saved = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/webhookEndpoints' &&
        response.request().method() === 'POST',
      { timeout: 5_000 },
    )
    await page.getByRole('button', { name: 'Save' }).click()
    const answer = await saved
    expect(answer.status()).toBe(400)
    expect(await answer.text()).toContain('The URL must be http or https.')
  }).toPass({ timeout: 30_000 })
  // Nothing was stored: asked from the admin's page, where its session cookie counts.
  const stored = await page.evaluate(async () => {
    const answer = await fetch('/api/webhookEndpoints?where[url][equals]=file:///etc/passwd')
    return { status: answer.status, body: (await answer.json()) as { totalDocs?: number } }
  })
  expect(stored).toEqual({ status: 200, body: expect.objectContaining({ totalDocs: 0 }) })
})
