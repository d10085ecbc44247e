import { request as httpRequest } from 'node:http'
import { gunzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'

/** Every kind of 404 a reader can get: `notFound()` from each reader route, and no route at all. */
const READER_404S = [
  '/military/no-such-story',
  '/authors/no-such-reporter',
  '/military/page/99',
  '/authors/helen-marsh/page/99',
  '/no-such-page',
]

type RawResponse = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** One request as a crawler or curl makes it: no browser, no JavaScript, headers as given. */
function rawRequest(path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: 'localhost', port: E2E.port, path, method, headers },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          }),
        )
        incoming.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const path of READER_404S) {
    test(`should show the site's 404 page whole for ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page).toHaveTitle('Page not found · Dispatch')
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Back to the Military section' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
    })
  }

  test('should show the site-framed 400 page for a web address that cannot be decoded', async ({
    page,
  }) => {
    const response = await page.goto('/authors/%E0%A4%A')
    expect(response?.status()).toBe(400)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle('Bad request · Dispatch')
    await expect(page.getByRole('heading', { level: 1, name: 'Bad request' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the Military section' })).toBeVisible()
  })
})

test('should keep the 404 page readable when JavaScript runs', async ({ page }) => {
  const response = await page.goto('/military/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page).toHaveURL(/\/military\/no-such-story$/)
})

test('should send the 404 document over raw HTTP, compressed or not, with a true length', async () => {
  const plain = await rawRequest('/military/no-such-story')
  expect(plain.status).toBe(404)
  expect(plain.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
  const html = plain.body.toString('utf8')
  expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i)
  expect(html).toContain('<h1>Page not found</h1>')
  expect(html).not.toContain('__next_error__')

  const gzip = await rawRequest('/military/no-such-story', 'GET', { 'accept-encoding': 'gzip' })
  expect(gzip.status).toBe(404)
  const body = gzip.headers['content-encoding'] === 'gzip' ? gunzipSync(gzip.body) : gzip.body
  expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)
  expect(body.toString('utf8')).toContain('<h1>Page not found</h1>')
})

test('should answer HEAD on a missing story with the 404 headers and no body', async () => {
  const head = await rawRequest('/military/no-such-story', 'HEAD')
  expect(head.status).toBe(404)
  expect(head.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(head.body.length).toBe(0)
})

test('should leave the APIs’ own 404s alone', async () => {
  const api = await rawRequest('/api/v1/military/articles/no-such-story')
  expect(api.status).toBe(404)
  expect(api.headers['content-type']).toContain('json')
  const rest = await rawRequest('/api/articles/no-such-id')
  expect(rest.headers['content-type']).toContain('json')
})
