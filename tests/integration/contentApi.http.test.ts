import { beforeAll, describe, expect, it } from 'vitest'

import type { ErrorBody } from '@/content-api/schemas/common'
import type { Article } from '@/payload-types'

import { apiFetch, getJson } from '../support/contentApi'
import { setupNewsroom } from '../support/newsroom'

const { fixtures } = await setupNewsroom()

let article: Article

beforeAll(async () => {
  article = await fixtures.article()
})

const GET_ENDPOINTS = () => [
  '/api/v1/military/articles',
  `/api/v1/military/articles/${article.slug}`,
  '/api/v1/authors',
  '/api/v1/tags',
  '/api/v1/openapi.json',
  '/api/v1/docs',
]

describe('content API over HTTP', () => {
  it('should send an ETag, shared-cache headers and CORS on every GET', async () => {
    for (const path of GET_ENDPOINTS()) {
      const response = await apiFetch(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('etag'), path).toMatch(/^"[\w-]+"$/)
      expect(response.headers.get('cache-control'), path).toMatch(
        /^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/,
      )
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
    }
  })

  it('should answer 304 with no body when If-None-Match holds the current ETag', async () => {
    for (const path of GET_ENDPOINTS()) {
      const etag = (await apiFetch(path)).headers.get('etag') ?? ''
      const again = await apiFetch(path, { headers: { 'If-None-Match': `W/${etag}, "other"` } })
      expect(again.status, path).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect(await again.text()).toBe('')
      const stale = await apiFetch(path, { headers: { 'If-None-Match': '"stale"' } })
      expect(stale.status, path).toBe(200)
    }
  })

  it('should answer HEAD with the GET headers and no body', async () => {
    for (const path of GET_ENDPOINTS()) {
      const get = await apiFetch(path)
      const head = await apiFetch(path, { method: 'HEAD' })
      expect(head.status, path).toBe(200)
      expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(await head.text()).toBe('')
    }
  })

  it('should answer a CORS preflight', async () => {
    const response = await apiFetch('/api/v1/military/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match')
  })

  it('should answer wrong methods with a JSON 405 naming the allowed ones', async () => {
    for (const [method, path, allow] of [
      ['POST', '/api/v1/military/articles', 'GET, HEAD, OPTIONS'],
      ['DELETE', `/api/v1/military/articles/${article.slug}`, 'GET, HEAD, OPTIONS'],
      ['PUT', '/api/v1/tags', 'GET, HEAD, OPTIONS'],
      ['PATCH', '/api/v1/authors', 'GET, HEAD, OPTIONS'],
      ['GET', `/api/v1/articles/${article.id}/view`, 'POST, OPTIONS'],
    ] as const) {
      const response = await apiFetch(path, { method })
      expect(response.status, `${method} ${path}`).toBe(405)
      expect(response.headers.get('allow')).toBe(allow)
      const body = (await response.json()) as ErrorBody
      expect(body.error.code).toBe('method_not_allowed')
    }
  })

  it('should answer unknown paths under /api/v1 with a JSON 404', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/v1/politics/articles')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
  })

  it('should serve the OpenAPI 3.1 document and a self-contained reference page', async () => {
    const { body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/v1/openapi.json',
    )
    expect(body.openapi).toBe('3.1.0')
    expect(Object.keys(body.paths)).toContain('/api/v1/military/articles/{slug}')
    const docs = await apiFetch('/api/v1/docs')
    expect(docs.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await docs.text()
    expect(html).toContain('/api/v1/articles/{id}/view')
    // Served locally: no scripts, styles or fonts from anywhere else.
    expect(html).not.toMatch(/<(script|link)\b/i)
    expect(html).not.toMatch(/src="https?:/)
  })
})
