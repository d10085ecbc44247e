import { readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import type { OpenApiDocument } from '@/content-api/openapi/buildOpenApi'
import type { Article, Author } from '@/payload-types'
import { toLexical } from '@/seed/lexical'

import { apiFetch, browser, ORIGIN } from '../support/contentApi'
import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { createContentApiClient } from './client'
import { CLIENT_TYPES_FILE, clientTypes } from './generateClientTypes'

const { payload, fixtures } = await setupNewsroom()

let document: OpenApiDocument
let article: Article
let author: Author
let ajv: Ajv2020

const DOCUMENT_ID = 'dispatch-openapi.json'

/** The JSON pointer of a documented response body, e.g. …/paths/~1api~1v1~1tags/get/responses/200/… */
const responsePointer = (path: string, method: string, status: number) =>
  `${DOCUMENT_ID}#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`

type Sample = { template: string; method: 'get' | 'post'; url: () => string; status: number }

const samples = (): Sample[] => [
  {
    template: '/api/v1/military/articles',
    method: 'get',
    url: () => '/api/v1/military/articles?limit=100',
    status: 200,
  },
  {
    template: '/api/v1/military/articles',
    method: 'get',
    url: () =>
      `/api/v1/military/articles?tag=${article.tags?.[0]}&author=${author.slug}&since=2000-01-01&q=${encodeURIComponent(article.title)}`,
    status: 200,
  },
  {
    template: '/api/v1/military/articles',
    method: 'get',
    url: () => '/api/v1/military/articles?limit=500&colour=red',
    status: 400,
  },
  {
    template: '/api/v1/military/articles/{slug}',
    method: 'get',
    url: () => `/api/v1/military/articles/${article.slug}`,
    status: 200,
  },
  {
    template: '/api/v1/military/articles/{slug}/entries',
    method: 'get',
    url: () => `/api/v1/military/articles/${article.slug}/entries?since=2000-01-01T00:00:00Z`,
    status: 200,
  },
  {
    template: '/api/v1/military/articles/{slug}/entries',
    method: 'get',
    url: () => `/api/v1/military/articles/${article.slug}/entries?since=soon`,
    status: 400,
  },
  {
    template: '/api/v1/military/articles/{slug}/entries',
    method: 'get',
    url: () => '/api/v1/military/articles/no-such-story/entries',
    status: 404,
  },
  {
    template: '/api/v1/military/articles/{slug}',
    method: 'get',
    url: () => `/api/v1/military/articles/${article.slug}?x=1`,
    status: 400,
  },
  {
    template: '/api/v1/military/articles/{slug}',
    method: 'get',
    url: () => `/api/v1/military/articles/${unique('none')}`,
    status: 404,
  },
  {
    template: '/api/v1/authors',
    method: 'get',
    url: () => '/api/v1/authors?limit=100',
    status: 200,
  },
  { template: '/api/v1/authors', method: 'get', url: () => '/api/v1/authors?page=0', status: 400 },
  {
    template: '/api/v1/authors/{slug}',
    method: 'get',
    url: () => `/api/v1/authors/${author.slug}`,
    status: 200,
  },
  {
    template: '/api/v1/authors/{slug}',
    method: 'get',
    url: () => `/api/v1/authors/${author.slug}?limit=1`,
    status: 400,
  },
  {
    template: '/api/v1/authors/{slug}',
    method: 'get',
    url: () => `/api/v1/authors/${unique('none')}`,
    status: 404,
  },
  { template: '/api/v1/tags', method: 'get', url: () => '/api/v1/tags?limit=100', status: 200 },
  { template: '/api/v1/tags', method: 'get', url: () => '/api/v1/tags?limit=abc', status: 400 },
  {
    template: '/api/v1/articles/{id}/view',
    method: 'post',
    url: () => `/api/v1/articles/${article.id}/view`,
    status: 200,
  },
  {
    template: '/api/v1/articles/{id}/view',
    method: 'post',
    url: () => `/api/v1/articles/${article.id}/view?x=1`,
    status: 400,
  },
  {
    template: '/api/v1/articles/{id}/view',
    method: 'post',
    url: () => `/api/v1/articles/${unique('none')}/view`,
    status: 404,
  },
]

beforeAll(async () => {
  const avatar = await fixtures.image()
  author = await fixtures.author()
  author = await payload.update({
    collection: 'authors',
    id: author.id,
    data: {
      avatar: avatar.id,
      bio: 'Writes about ships.',
      links: { website: 'https://example.org' },
    },
  })
  article = await fixtures.article({
    authors: [author.id],
    tags: [unique('contract')],
    body: toLexical([
      { type: 'h2', text: 'Heading' },
      { type: 'p', text: 'Paragraph.' },
    ]),
  })
  document = (await (await apiFetch('/api/v1/openapi.json')).json()) as OpenApiDocument
  ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document, DOCUMENT_ID)
})

describe('the OpenAPI document as a contract', () => {
  it('should be OpenAPI 3.1 whose component schemas all compile as JSON Schema 2020-12', () => {
    expect(document.openapi).toBe('3.1.0')
    for (const name of Object.keys(document.components.schemas)) {
      expect(ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`), name).toBeTypeOf(
        'function',
      )
    }
  })

  it('should describe every real response of every endpoint', async () => {
    for (const sample of samples()) {
      const response = await apiFetch(sample.url(), {
        method: sample.method.toUpperCase(),
        headers: browser(`192.0.2.${Math.floor(Math.random() * 250) + 1}`),
      })
      const label = `${sample.method.toUpperCase()} ${sample.url()}`
      expect(response.status, label).toBe(sample.status)
      const validate = ajv.getSchema(responsePointer(sample.template, sample.method, sample.status))
      expect(validate, `${label}: no documented ${sample.status}`).toBeTypeOf('function')
      const body: unknown = await response.json()
      const isValid = validate?.(body)
      expect(isValid, `${label}: ${ajv.errorsText(validate?.errors)}`).toBe(true)
    }
  })

  it('should refuse a response with a field the schema does not name', () => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/AuthorRef`)
    const leaked = {
      name: 'A',
      slug: 'a',
      role: null,
      url: `${ORIGIN}/authors/a`,
      avatar: null,
      email: 'a@b.c',
    }
    expect(validate?.(leaked)).toBe(false)
  })

  it('should exercise every documented JSON response but the rate limit', () => {
    const sampled = new Set(samples().map((s) => `${s.method} ${s.template} ${s.status}`))
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = operation.responses as Record<
          string,
          { content?: Record<string, unknown> }
        >
        for (const [status, response] of Object.entries(responses)) {
          if (status === '429' || !response.content?.['application/json']) continue
          if (path.endsWith('openapi.json')) continue
          expect(sampled, `${method} ${path} ${status}`).toContain(`${method} ${path} ${status}`)
        }
      }
    }
  })
})

describe('a client generated with openapi-typescript', () => {
  it('should match the committed types (npm run generate:api-types)', async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(await clientTypes())
  })

  it('should read the API with typed parameters and responses', async () => {
    const client = createContentApiClient(ORIGIN, apiFetch)
    const list = await client.GET('/api/v1/military/articles', {
      params: { query: { limit: 5, author: author.slug } },
    })
    const first = list.data?.data[0]
    const title: string | undefined = first?.title
    const credit: string | null | undefined = first?.heroImage?.credit
    expect(title).toBe(article.title)
    expect(credit).toBe('Al Jazeera')
    expect(list.data?.meta.pagination.total).toBe(1)

    const one = await client.GET('/api/v1/military/articles/{slug}', {
      params: { path: { slug: article.slug } },
    })
    const html: string | null | undefined = one.data?.data.body.html
    expect(html).toContain('<h2>Heading</h2>')

    const missing = await client.GET('/api/v1/authors/{slug}', {
      params: { path: { slug: unique('none') } },
    })
    expect(missing.error?.error.code).toBe('not_found')

    const counted = await client.POST('/api/v1/articles/{id}/view', {
      params: { path: { id: article.id } },
      headers: browser('192.0.2.250'),
    })
    const views: number | undefined = counted.data?.data.views
    expect(views).toBeGreaterThanOrEqual(1)

    const badQuery = { limit: 'many' }
    // @ts-expect-error -- the compiler knows that `limit` is a number
    await client.GET('/api/v1/military/articles', { params: { query: badQuery } })
  })
})
