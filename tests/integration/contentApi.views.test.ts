import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import type { ErrorBody } from '@/content-api/schemas/common'
import type { ViewResult } from '@/content-api/schemas/view'
import { env } from '@/platform/env'
import { createApiGuard } from '@/platform/guard/apiGuard'
import { MAX_VISITS_PER_ADDRESS, MAX_VISITS_PER_BROWSER } from '@/views/visitorsToday'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'

import { apiFetch, browser } from '../support/contentApi'
import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

let addressCounter = 0

/** A fresh documentation-range address per visitor, so tests never share a rate limit. */
const nextAddress = () => `198.51.100.${++addressCounter}`

const view = (id: string, headers: Record<string, string> = browser(nextAddress())) =>
  apiFetch(`/api/v1/articles/${id}/view`, { method: 'POST', headers })

const viewsOf = async (id: string) =>
  (await payload.findByID({ collection: ARTICLES, id, depth: 0 })).views

describe('POST /api/v1/articles/{id}/view', () => {
  it('should count a view and answer exactly { data: { views, counted } }', async () => {
    const article = await fixtures.article()
    const response = await view(article.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ data: { views: 1, counted: true } })
    expect(await viewsOf(article.id)).toBe(1)
  })

  it('should count visitors sharing an address and browser, up to a cap for cookie-less replays', async () => {
    const article = await fixtures.article()
    const office = browser(nextAddress())
    const results: boolean[] = []
    for (let n = 0; n < MAX_VISITS_PER_BROWSER + 3; n++) {
      results.push(((await (await view(article.id, office)).json()) as ViewResult).data.counted)
    }
    expect(results.filter(Boolean)).toHaveLength(MAX_VISITS_PER_BROWSER)
    expect(results.slice(MAX_VISITS_PER_BROWSER)).toEqual([false, false, false])
    const otherBrowser = { ...office, 'user-agent': `${office['user-agent']} Edg/131.0` }
    expect(((await (await view(article.id, otherBrowser)).json()) as ViewResult).data).toEqual({
      views: MAX_VISITS_PER_BROWSER + 1,
      counted: true,
    })
  })

  it('should cap one address however often it changes its user agent (red team)', async () => {
    const article = await fixtures.article()
    const address = nextAddress()
    let counted = 0
    for (let n = 0; n < MAX_VISITS_PER_ADDRESS + 10; n++) {
      const rotating = { ...browser(address), 'user-agent': `Mozilla/5.0 Firefox/120.${n}` }
      const result = (await (await view(article.id, rotating)).json()) as ViewResult
      if (result.data.counted) counted++
    }
    expect(counted).toBe(MAX_VISITS_PER_ADDRESS)
    expect(await viewsOf(article.id)).toBe(MAX_VISITS_PER_ADDRESS)
  })

  it("should not count again when the visitor's cookie says it was counted today", async () => {
    const article = await fixtures.article()
    const first = await view(article.id)
    const cookie = first.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`Path=/api/v1/articles/${article.id}/view`)
    expect(cookie).toMatch(/HttpOnly/)
    const pair = cookie.split(';')[0] ?? ''
    const again = await view(article.id, { ...browser(nextAddress()), cookie: pair })
    expect(((await again.json()) as ViewResult).data).toEqual({ views: 1, counted: false })
  })

  it('should not count bots or callers without a user agent', async () => {
    const article = await fixtures.article()
    for (const userAgent of [
      'Googlebot/2.1 (+http://www.google.com/bot.html)',
      'curl/8.5.0',
      'python-requests/2.32.3',
      '',
    ]) {
      const response = await view(article.id, {
        [CLIENT_ADDRESS_HEADER]: nextAddress(),
        'user-agent': userAgent,
      })
      expect(((await response.json()) as ViewResult).data, userAgent).toEqual({
        views: 0,
        counted: false,
      })
    }
    expect(await viewsOf(article.id)).toBe(0)
  })

  it('should count concurrent visitors exactly', async () => {
    const article = await fixtures.article()
    const responses = await Promise.all(Array.from({ length: 40 }, () => view(article.id)))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    expect(await viewsOf(article.id)).toBe(40)
  })

  it('should count 1000 addresses of one IPv6 /64 as one client', async () => {
    const article = await fixtures.article()
    for (let n = 0; n < 1000; n++) {
      const headers = {
        ...browser(`2001:db8:77:1:${n.toString(16)}::1`),
        'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Firefox/${n}.0`,
      }
      expect((await view(article.id, headers)).status).toBe(200)
    }
    expect(await viewsOf(article.id)).toBe(MAX_VISITS_PER_ADDRESS)
  })

  it('should answer 404 for drafts, future, other desks, unknown and malformed ids', async () => {
    const hidden = [
      await fixtures.article({ _status: 'draft' }),
      await fixtures.article({ publishedAt: new Date(Date.now() + 3_600_000).toISOString() }),
      await fixtures.article({ section: 'world' }),
    ]
    const gone = await fixtures.article()
    await payload.delete({ collection: ARTICLES, id: gone.id })
    for (const id of [...hidden.map((article) => article.id), gone.id, 'not-an-id', '1']) {
      const response = await view(id)
      expect(response.status, id).toBe(404)
      expect(((await response.json()) as ErrorBody).error.code).toBe('not_found')
    }
    for (const article of hidden) expect(await viewsOf(article.id)).toBe(0)
  })

  it('should rate-limit one address and say when to retry', async () => {
    const article = await fixtures.article()
    const address = nextAddress()
    const limit = env.rateLimits.viewsPerMinute
    // The proxy's guard limits the counter; only what it lets through reaches the route.
    const guard = createApiGuard({ ...env.rateLimits, apiPerMinute: 0, loginPer15Minutes: 0 })
    const visit = async () => {
      const headers = {
        [CLIENT_ADDRESS_HEADER]: address,
        'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Firefox/${unique('v')}`,
      }
      const path = `http://localhost:3000/api/v1/articles/${article.id}/view`
      const verdict = await guard(new NextRequest(path, { method: 'POST', headers }))
      return verdict.headers.get('x-middleware-next') ? view(article.id, headers) : verdict
    }
    let allowed = 0
    let refused: Response | null = null
    // The allowance refills while the test runs (one a second), so a few more may pass.
    for (let n = 0; n < limit + 30 && !refused; n++) {
      const response = await visit()
      if (response.status === 429) refused = response
      else allowed++
    }
    expect(allowed).toBeGreaterThanOrEqual(limit)
    expect(refused?.status).toBe(429)
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused?.json()) as ErrorBody).error.code).toBe('rate_limited')
    // Rotating user agents past the per-address daily cap counts no further.
    expect(await viewsOf(article.id)).toBe(Math.min(allowed, MAX_VISITS_PER_ADDRESS))
  })
})
