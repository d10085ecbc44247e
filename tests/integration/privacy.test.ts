import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES, AUTHORS, MEDIA, USERS } from '@collections/slugs'
import type { Article, Author } from '@/payload-types'

import { apiFetch } from '../support/contentApi'
import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

/**
 * Walks every door an anonymous caller has (Payload's REST at every depth, with and without
 * `draft`, its GraphQL, and /api/v1) and looks for anything unpublished or private in the answers.
 */

const ORIGIN = 'http://localhost:3000'
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/
const MAX_DEPTH = 10

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

let secret: string
let author: Author
let published: Article
let revised: Article
let unpublished: Article[]

/** Everything that must never reach an anonymous caller, as text to search the answers for. */
const forbidden = () => [
  secret,
  author.email ?? '',
  editor.email,
  ...unpublished.flatMap((article) => [article.slug, article.title]),
]

function expectNothingPrivate(door: string, text: string) {
  for (const value of forbidden()) expect(text, `${door} leaked "${value}"`).not.toContain(value)
  expect(text, `${door} leaked an email address`).not.toMatch(EMAIL)
}

async function rest(path: string): Promise<{ status: number; text: string }> {
  const url = new URL(path, ORIGIN)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await REST_GET(config)(new Request(url), { params: Promise.resolve({ slug }) })
  return { status: response.status, text: await response.text() }
}

async function graphql(query: string): Promise<string> {
  const response = await GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return response.text()
}

beforeAll(async () => {
  secret = unique('secret').replace('-', '')
  author = await fixtures.author({ email: `${secret}@private.example` })
  published = await fixtures.article({ authors: [author.id], tags: ['public-tag'] })
  revised = await fixtures.article({ authors: [author.id] })
  // A published article whose newer draft must stay in the newsroom.
  await payload.update({
    collection: ARTICLES,
    id: revised.id,
    data: { title: `Unpublished revision ${secret}`, tags: [`${secret}-revision`] },
    draft: true,
  })
  unpublished = [
    await fixtures.article({
      title: `Draft ${secret}`,
      authors: [author.id],
      tags: [`${secret}-draft`],
      _status: 'draft',
    }),
    await fixtures.article({
      title: `Embargoed ${secret}`,
      authors: [author.id],
      tags: [`${secret}-future`],
      publishedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
  ]
})

describe('privacy: anonymous callers see no draft and no email', () => {
  it('should hold for every collection over REST at every depth, with and without draft', async () => {
    for (const collection of [ARTICLES, AUTHORS, MEDIA, USERS]) {
      for (let depth = 0; depth <= MAX_DEPTH; depth++) {
        for (const draft of ['', '&draft=true']) {
          const path = `/api/${collection}?limit=100&depth=${depth}${draft}`
          const { status, text } = await rest(path)
          expect([200, 403], path).toContain(status)
          expectNothingPrivate(`GET ${path}`, text)
        }
      }
    }
  })

  it('should hold for single documents over REST, by id, at every depth', async () => {
    const documents = [
      ...[published, revised, ...unpublished].map((doc) => `${ARTICLES}/${doc.id}`),
      `${AUTHORS}/${author.id}`,
      `${USERS}/${editor.id}`,
    ]
    for (const document of documents) {
      for (let depth = 0; depth <= MAX_DEPTH; depth++) {
        for (const draft of ['', '&draft=true']) {
          const path = `/api/${document}?depth=${depth}${draft}`
          expectNothingPrivate(`GET ${path}`, (await rest(path)).text)
        }
      }
    }
  })

  it('should keep versions, drafts by slug and the user list closed over REST', async () => {
    for (const path of [
      `/api/${ARTICLES}/versions?limit=100`,
      `/api/${ARTICLES}/versions/${revised.id}`,
      `/api/${ARTICLES}?where[slug][equals]=${unpublished[0]?.slug}&draft=true`,
      `/api/${ARTICLES}?where[title][like]=${secret}&draft=true`,
      `/api/${AUTHORS}?where[email][like]=${secret}`,
      `/api/${USERS}/me`,
      `/api/${USERS}`,
    ]) {
      expectNothingPrivate(`GET ${path}`, (await rest(path)).text)
    }
    // Filtering on a private field must not reveal that it matched.
    const probe = await rest(`/api/${AUTHORS}?where[email][like]=${secret}`)
    expect(JSON.parse(probe.text).docs ?? []).toHaveLength(0)
  })

  it('should hold over GraphQL, whatever fields and arguments are asked for', async () => {
    const queries = [
      `{ Articles(limit: 100, draft: true) { docs { id title slug tags _status authors { name email } } } }`,
      `{ Articles(limit: 100, where: { title: { like: "${secret}" } }, draft: true) { docs { title } } }`,
      `{ Article(id: "${unpublished[0]?.id}", draft: true) { title } }`,
      `{ Article(id: "${revised.id}", draft: true) { title tags } }`,
      `{ Authors(limit: 100) { docs { name email } } }`,
      `{ Author(id: "${author.id}") { name email } }`,
      `{ Users { docs { email } } }`,
      `{ User(id: "${editor.id}") { email } }`,
      `{ versionsArticles(limit: 100) { docs { version { title } } } }`,
      `{ Media(limit: 100) { docs { url alt } } }`,
    ]
    for (const query of queries) expectNothingPrivate(`GraphQL ${query}`, await graphql(query))
  })

  it('should hold for every /api/v1 endpoint', async () => {
    const paths = [
      '/api/v1/military/articles?limit=100',
      `/api/v1/military/articles?q=${secret}`,
      `/api/v1/military/articles?author=${author.slug}&limit=100`,
      `/api/v1/military/articles/${published.slug}`,
      `/api/v1/military/articles/${revised.slug}`,
      ...unpublished.map((article) => `/api/v1/military/articles/${article.slug}`),
      '/api/v1/authors?limit=100',
      `/api/v1/authors/${author.slug}`,
      '/api/v1/tags?limit=100',
      '/api/v1/openapi.json',
      '/api/v1/docs',
    ]
    for (const path of paths) {
      const response = await apiFetch(path)
      expect([200, 404], path).toContain(response.status)
      expectNothingPrivate(`GET ${path}`, await response.text())
    }
    const listed = await (await apiFetch(`/api/v1/military/articles?author=${author.slug}`)).json()
    expect(listed.data.map((article: Article) => article.slug).sort()).toEqual(
      [published.slug, revised.slug].sort(),
    )
  })
})
