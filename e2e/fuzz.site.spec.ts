import { expect, test } from '@playwright/test'
import fc from 'fast-check'

import { fuzz, nastyString, nextAddress, recordRequests } from './support/fuzz'
import { encode } from './support/fuzzQueries'

/** Readers' URLs with generated slugs, page numbers and search words: a page, never a 5xx. */

const RUNS = 150

const url = fc.oneof(
  nastyString.map((slug) => `/military/${encode(slug)}`),
  nastyString.map((slug) => `/authors/${encode(slug)}`),
  fc
    .tuple(nastyString, nastyString)
    .map(([slug, page]) => `/authors/${encode(slug)}/page/${encode(page)}`),
  nastyString.map((page) => `/military/page/${encode(page)}`),
  fc
    .tuple(nastyString, fc.option(nastyString, { nil: undefined }))
    .map(
      ([words, page]) =>
        `/search?q=${encode(words)}${page === undefined ? '' : `&page=${encode(page)}`}`,
    ),
  fc.constantFrom(
    '/military/%E0%A4%A',
    '/military/%',
    '/search?q=%ZZ',
    '/search?q=a&q=b&q[]=c',
    '/sitemaps/%00',
    '/sitemaps/-1',
    '/sitemaps/99999999999999999999',
  ),
)

test('should answer hostile reader URLs with a page, never a 5xx', async ({ request }) => {
  test.setTimeout(300_000)
  let requests = 0
  await fuzz(url, RUNS, async (path) => {
    requests += 1
    const response = await request.get(path, {
      headers: { 'X-Forwarded-For': nextAddress() },
      maxRedirects: 0,
    })
    const body = await response.text()
    const what = `GET ${path} → ${response.status()}: ${body.slice(0, 200)}`
    expect(response.status(), what).toBeLessThan(500)
    // A refusal is a page for people, not a bare error string (sitemaps are for crawlers).
    if (response.status() >= 400 && !path.startsWith('/sitemaps/')) {
      expect(response.headers()['content-type'], what).toMatch(/^text\/html/)
    }
  })
  recordRequests('site slugs, page numbers and search', requests)
})
