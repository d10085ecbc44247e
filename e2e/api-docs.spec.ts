import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'

/** The content API over real HTTP, through `next start` and the proxy, as a consumer meets it. */

test('should show the content API reference without loading anything from elsewhere', async ({
  page,
}) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(E2E.baseURL)) foreign.push(request.url())
  })
  const response = await page.goto('/api/v1/docs')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dispatch content API')
  await expect(
    page.getByRole('heading', { name: /GET \/api\/v1\/military\/articles$/ }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'ArticleSummary', exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'OpenAPI 3.1 document' }).click()
  await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/)
  expect(foreign).toEqual([])
})

test('should serve articles with ETag, 304, HEAD and CORS over HTTP', async ({ request }) => {
  const list = await request.get('/api/v1/military/articles', { params: { limit: '2' } })
  expect(list.status()).toBe(200)
  const body = await list.json()
  expect(body.data).toHaveLength(2)
  expect(body.meta.pagination).toMatchObject({ page: 1, limit: 2, prev: null })
  const headers = list.headers()
  expect(headers['cache-control']).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/)
  expect(headers['access-control-allow-origin']).toBe('*')

  // A server whose data cache outlived an earlier run's database answers once from it while it
  // refreshes; from then on the same content has the same tag.
  let etag = headers.etag ?? ''
  for (let tries = 0; tries < 5; tries++) {
    const next = (await request.get('/api/v1/military/articles?limit=2')).headers().etag ?? ''
    if (next === etag) break
    etag = next
  }
  const again = await request.get('/api/v1/military/articles?limit=2', {
    headers: { 'If-None-Match': etag },
  })
  expect(again.status()).toBe(304)

  const slug = body.data[0].slug
  const head = await request.head(`/api/v1/military/articles/${slug}`)
  expect(head.status()).toBe(200)
  expect(head.headers().etag).toBeTruthy()
  expect(await head.text()).toBe('')

  const wrong = await request.delete('/api/v1/tags')
  expect(wrong.status()).toBe(405)
  expect(wrong.headers().allow).toBe('GET, HEAD, OPTIONS')
  expect((await wrong.json()).error.code).toBe('method_not_allowed')
})

test('should count a browser view once and answer the reader site’s contract', async ({
  page,
  request,
}) => {
  // An id read through Payload's uncached REST API: the server's data cache can outlive the
  // fresh database each end-to-end run starts with.
  const oldest = await request.get('/api/articles', {
    params: { 'where[section][equals]': 'military', sort: 'publishedAt', limit: '1', depth: '0' },
  })
  const { id } = (await oldest.json()).docs[0]
  await page.goto('/api/v1/docs')
  const call = () =>
    page.evaluate(
      (url) => fetch(url, { method: 'POST' }).then((response) => response.json()),
      `/api/v1/articles/${id}/view`,
    )
  const first = await call()
  expect(first).toEqual({ data: { views: expect.any(Number), counted: true } })
  expect(await call()).toEqual({ data: { views: first.data.views, counted: false } })
})

test('should refuse an over-deep GraphQL query with a 400 for any client', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: {
      query:
        '{ versionsArticles { docs { version { authors { avatar { sizes { card { url } } } } } } } }',
    },
  })
  expect(response.status()).toBe(400)
  expect((await response.json()).errors[0].message).toMatch(/nested 8 levels deep/)
})
