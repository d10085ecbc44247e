import { request as httpRequest } from 'node:http'

import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined> }

/** A request with any method name: the Fetch standard (and so most clients) refuses TRACE. */
function rawRequest(method: string, path: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: 'localhost', port: E2E.port, method, path }, (response) => {
      response.resume()
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      )
    })
    // A CONNECT's answer arrives as a tunnel, not as a response.
    request.on('connect', (response, socket) => {
      socket.destroy()
      resolve({ status: response.statusCode ?? 0, headers: response.headers })
    })
    request.on('error', reject)
    request.end()
  })
}

const PATHS = [
  '/',
  '/military/europe-races-to-refill-air-defence-interceptor-stocks',
  '/robots.txt',
  '/sitemap.xml',
  '/military/feed.xml',
  '/api/v1/tags',
  '/api/articles',
  '/api/graphql',
]

for (const method of ['TRACE', 'PROPFIND', 'MKCOL', 'PURGE', 'LINK']) {
  test(`should answer ${method} with 405 and the methods it takes, on every kind of route`, async () => {
    for (const path of PATHS) {
      const response = await rawRequest(method, path)
      expect(response.status, `${method} ${path}`).toBe(405)
      expect(String(response.headers.allow), `${method} ${path}`).toMatch(/^GET, HEAD/)
    }
  })
}

test('should refuse CONNECT and method names HTTP does not know with a 4xx', async () => {
  // Node.js's parser answers names outside its list (TRACK, BREW) with 400 before any code runs.
  for (const method of ['CONNECT', 'TRACK', 'BREW']) {
    const response = await rawRequest(method, method === 'CONNECT' ? 'localhost:1' : '/')
    expect(response.status, method).toBeGreaterThanOrEqual(400)
    expect(response.status, method).toBeLessThan(500)
  }
})

test('should answer HEAD on a picture as GET does, without the body', async ({ request }) => {
  const article = await (
    await request.get(
      '/api/v1/military/articles/europe-races-to-refill-air-defence-interceptor-stocks',
    )
  ).json()
  const picture = new URL(article.data.heroImage.url as string).pathname
  const get = await request.get(picture)
  expect(get.status()).toBe(200)
  const head = await request.head(picture)
  expect(head.status()).toBe(200)
  expect(head.headers()['content-type']).toBe(get.headers()['content-type'])
  expect(head.headers()['content-length']).toBe(get.headers()['content-length'])
  expect((await head.body()).length).toBe(0)
})

test('should answer 400, never 500, for a path whose percent-encoding cannot be decoded', async () => {
  for (const path of [
    '/search/results/%ff/1',
    '/sitemaps/%ff',
    '/military/%E0%A4%A',
    '/api/v1/%ff',
    '/%c0',
  ]) {
    const response = await rawRequest('GET', path)
    expect(response.status, path).toBe(400)
  }
})
