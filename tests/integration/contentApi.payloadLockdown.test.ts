import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { NextRequest } from 'next/server'
import type { PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { capAnonymousDepthHook, MAX_ANONYMOUS_DEPTH } from '@/platform/guard/capAnonymousDepth'
import {
  GRAPHQL_MAX_COMPLEXITY,
  GRAPHQL_MAX_DEPTH,
  GRAPHQL_MAX_FIELDS,
} from '@/platform/guard/graphqlLimits'
import { createApiGuard } from '@/platform/guard/apiGuard'
import type { Article } from '@/payload-types'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'

import { config as proxyConfig } from '../../proxy'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

let article: Article

beforeAll(async () => {
  article = await fixtures.article()
})

type GraphqlBody = { data?: unknown; errors?: { message: string }[] }

/**
 * Payload's GraphQL route itself. Its refusals come back as errors without data; their status is
 * the proxy's business (see below), since graphql-http loads another copy of graphql under
 * Vitest and then sends the bare error list with a 200.
 */
const graphql = async (query: string) => {
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  const raw = (await response.json()) as GraphqlBody | { message: string }[]
  const body: GraphqlBody = Array.isArray(raw) ? { errors: raw } : raw
  return { status: response.status, body }
}

const RICH_ARTICLES = `docs { title slug publishedAt tags excerpt views readingTime
  authors { name slug role avatar { url alt sizes { thumbnail { url width height } } } }
  heroImage { url alt caption credit sizes { card { url width height } hero { url } og { url } } }
  meta { title description image { url } } }`

describe("Payload's GraphQL limits", () => {
  it('should answer a rich page-of-articles query', async () => {
    const { status, body } = await graphql(`{ Articles(limit: 12) { ${RICH_ARTICLES} } }`)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it(`should refuse a query nested deeper than ${GRAPHQL_MAX_DEPTH} before running it`, async () => {
    const { body } = await graphql(
      '{ versionsArticles { docs { version { authors { avatar { sizes { card { url } } } } } } } }',
    )
    expect(body.errors?.[0]?.message).toMatch(/nested 8 levels deep; the maximum is 7/)
    expect(body.data).toBeUndefined()
  })

  it('should follow fragments when measuring depth', async () => {
    const { body } = await graphql(`
      fragment Avatar on Media {
        sizes {
          card {
            url
          }
        }
      }
      fragment Byline on Author {
        avatar {
          ...Avatar
        }
      }
      {
        versionsArticles {
          docs {
            version {
              authors {
                ...Byline
              }
            }
          }
        }
      }
    `)
    expect(body.errors?.[0]?.message).toMatch(/nested 8 levels deep/)
  })

  it(`should refuse fan-outs scoring over ${GRAPHQL_MAX_COMPLEXITY}`, async () => {
    // Few fields, many relationships: under the proxy's field count and its 500-document cap
    // (20 lists of 25), over Payload's complexity.
    const aliases = Array.from(
      { length: 20 },
      (_, n) =>
        `a${n}: Articles(limit: 25) { docs { authors { name } heroImage { url } meta { image { url } } } }`,
    )
    const { body } = await graphql(`{ ${aliases.join('\n')} }`)
    expect(body.errors?.[0]?.message).toMatch(/exceeds the maximum complexity of 500/)
    expect(body.data).toBeUndefined()
  })

  it('should still allow introspection outside production', async () => {
    const { status } = await graphql(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
    )
    expect(status).toBe(200)
  })
})

describe("Payload's REST depth cap for anonymous callers", () => {
  const hookArgs = (depth: number, req: Partial<PayloadRequest>) =>
    ({
      args: { depth, req },
      req,
      operation: 'read',
      collection: {},
      context: {},
    }) as unknown as Parameters<typeof capAnonymousDepthHook>[0]

  it(`should lower an anonymous REST caller's depth to ${MAX_ANONYMOUS_DEPTH}`, async () => {
    const result = await capAnonymousDepthHook(hookArgs(10, { payloadAPI: 'REST', user: null }))
    expect(result).toMatchObject({ depth: MAX_ANONYMOUS_DEPTH })
  })

  it('should leave signed-in callers, the Local API and shallow requests alone', async () => {
    const user = { id: 'u', collection: 'users' } as unknown as PayloadRequest['user']
    expect(await capAnonymousDepthHook(hookArgs(10, { payloadAPI: 'REST', user }))).toMatchObject({
      depth: 10,
    })
    expect(
      await capAnonymousDepthHook(hookArgs(10, { payloadAPI: 'local', user: null })),
    ).toMatchObject({ depth: 10 })
    expect(
      await capAnonymousDepthHook(hookArgs(1, { payloadAPI: 'REST', user: null })),
    ).toMatchObject({ depth: 1 })
  })

  it("should be wired into every one of Dispatch's collections", () => {
    const ours = ['articles', 'authors', 'media', 'users']
    for (const collection of payload.config.collections.filter((c) => ours.includes(c.slug))) {
      expect(collection.hooks.beforeOperation, collection.slug).toContain(capAnonymousDepthHook)
    }
  })

  it('should answer a deep anonymous REST request at the capped depth', async () => {
    const get = (depth: number) =>
      REST_GET(config)(
        new Request(`http://localhost:3000/api/articles/${article.id}?depth=${depth}`),
        { params: Promise.resolve({ slug: ['articles', article.id] }) },
      ).then((response) => response.json())
    expect(await get(10)).toEqual(await get(MAX_ANONYMOUS_DEPTH))
    const shallow = await get(0)
    expect(typeof shallow.heroImage).toBe('string')
  })
})

describe('per-address rate limits in front of /api', () => {
  const request = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    new NextRequest(new URL(path, 'http://localhost:3000'), {
      method: init.method ?? 'GET',
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.10', ...init.headers },
      body: init.body,
    })

  it('should run in front of every /api route', () => {
    expect(proxyConfig.matcher).toContain('/api/:path*')
  })

  it('should refuse anonymous callers past the limit with a 429 and Retry-After', async () => {
    const guard = createApiGuard({ apiPerMinute: 3, loginPer15Minutes: 100, viewsPerMinute: 0 })
    for (let n = 0; n < 3; n++) {
      const allowed = await guard(request('/api/articles'))
      expect(allowed.status).toBe(200)
      expect(allowed.headers.get('ratelimit-remaining')).toBe(String(2 - n))
    }
    const refused = await guard(request('/api/articles'))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ errors: [{ message: expect.any(String) }] })
    const contentApi = await guard(request('/api/v1/tags'))
    expect((await contentApi.json()).error.code).toBe('rate_limited')
    const elsewhere = await guard(
      request('/api/articles', { headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.11' } }),
    )
    expect(elsewhere.status).toBe(200)
  })

  it('should give an unverifiable credential no more than the anonymous allowance', async () => {
    const guard = createApiGuard({ apiPerMinute: 1, loginPer15Minutes: 100, viewsPerMinute: 0 })
    const withKey = () =>
      guard(request('/api/articles', { headers: { authorization: 'users API-Key abc' } }))
    expect((await withKey()).status).toBe(200)
    expect((await withKey()).status).toBe(429)
  })

  it('should limit every write to the content API as a view, however its path is spelled', async () => {
    const guard = createApiGuard({ apiPerMinute: 100, loginPer15Minutes: 100, viewsPerMinute: 2 })
    const post = (path: string) => guard(request(path, { method: 'POST' }))
    expect((await post('/api/v1/articles/abc/view')).status).toBe(200)
    expect((await post('/api/v1/articles/abc/view/')).status).toBe(200)
    for (const path of ['/api/v1/articles/abc/view', '/api/v1/articles/abc/vie%77', '/api/v1/x']) {
      const refused = await post(path)
      expect(refused.status, path).toBe(429)
      expect((await refused.json()).error.code).toBe('rate_limited')
    }
    expect((await guard(request('/api/v1/tags'))).status).toBe(200)
  })

  it('should limit sign-in attempts through REST and GraphQL together', async () => {
    const guard = createApiGuard({ apiPerMinute: 100, loginPer15Minutes: 2, viewsPerMinute: 0 })
    const login = () =>
      guard(
        request('/api/users/login', { method: 'POST', body: '{"email":"a@b.c","password":"x"}' }),
      )
    expect((await login()).status).toBe(200)
    const mutation = JSON.stringify({
      query: 'mutation { loginUser(email: "a@b.c", password: "x") { token } }',
    })
    const viaGraphql = () =>
      guard(
        request('/api/graphql', {
          method: 'POST',
          headers: {
            'content-length': String(mutation.length),
            'content-type': 'application/json',
          },
          body: mutation,
        }),
      )
    expect((await viaGraphql()).status).toBe(200)
    const refused = await login()
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(/sign-in/)
    expect((await viaGraphql()).status).toBe(429)
    expect((await guard(request('/api/articles'))).status).toBe(200)
  })

  it('should refuse GraphQL queries too deep or too wide with a 400 for every client', async () => {
    const guard = createApiGuard({ apiPerMinute: 100, loginPer15Minutes: 100, viewsPerMinute: 0 })
    const post = (query: string) =>
      guard(
        request('/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }),
      )
    const deep = await post(
      '{ versionsArticles { docs { version { authors { avatar { sizes { card { url } } } } } } } }',
    )
    expect(deep.status).toBe(400)
    expect((await deep.json()).errors[0].message).toMatch(/nested 8 levels deep/)
    const fields = Array.from({ length: GRAPHQL_MAX_FIELDS }, (_, n) => `f${n}: title`).join(' ')
    const wide = await post(`{ Articles { docs { ${fields} } } }`)
    expect(wide.status).toBe(400)
    expect((await wide.json()).errors[0].message).toMatch(/selects 252 fields/)
    const viaGet = await guard(
      request(
        `/api/graphql?query=${encodeURIComponent('{ a { b { c { d { e { f { g { h } } } } } } } }')}`,
      ),
    )
    expect(viaGet.status).toBe(400)
    expect((await post(`{ Articles(limit: 12) { ${RICH_ARTICLES} } }`)).status).toBe(200)
    // What does not parse is refused, with the parser's message, rather than passed on unread.
    const unreadable = await post('{ not valid')
    expect(unreadable.status).toBe(400)
    expect((await unreadable.json()).errors[0].message).toMatch(/Syntax Error/)
  })

  it('should leave image files and switched-off limits alone', async () => {
    const guard = createApiGuard({ apiPerMinute: 1, loginPer15Minutes: 1, viewsPerMinute: 0 })
    for (let n = 0; n < 5; n++) {
      expect((await guard(request('/api/media/file/picture.png'))).status).toBe(200)
    }
    const off = createApiGuard({ apiPerMinute: 0, loginPer15Minutes: 0, viewsPerMinute: 0 })
    for (let n = 0; n < 5; n++) {
      expect((await off(request('/api/users/login', { method: 'POST', body: '{}' }))).status).toBe(
        200,
      )
    }
  })
})
