import { createHmac } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import type { FieldRule, MatrixRole, PrivateField, Rule, Table } from './support/accessRules'
import {
  KINDS,
  PRIVATE_FIELDS,
  expectedTable,
  markdownTable,
  payloadApi,
  payloadApiFields,
  previewLink,
  publicFields,
  publicSite,
  versionsApi,
} from './support/accessRules'
import type { MatrixArticle, MatrixFixtures } from './support/matrixFixtures'
import { createMatrixFixtures, removeMatrixFixtures } from './support/matrixFixtures'
import { E2E } from './support/settings'

/**
 * Every role through every door, for every kind of content and every private field: the expected
 * table comes from the rules in support/accessRules.ts, the actual one from real responses, and
 * the two are compared whole. The tables are also written to test-results/access-matrix/.
 */

// Each role calls from its own documentation-range address: its own rate-limit allowances.
const ADDRESS: Record<MatrixRole, string> = {
  anonymous: '198.18.12.1',
  contributor: '198.18.12.2',
  editor: '198.18.12.3',
  admin: '198.18.12.4',
}

type Caller = { role: MatrixRole; api: APIRequestContext; preview: APIRequestContext }
type Probe = { text: string; ok: boolean }

/** A door that lists many articles at once: one request shows which markers came through. */
type ListDoor = { name: string; rule: Rule; read: (caller: Caller) => Promise<string> }
/** A door that shows one article at a time. */
type ItemDoor = {
  name: string
  rule: Rule
  read: (caller: Caller, article: MatrixArticle) => Promise<Probe>
}
/** A door and a private field: whether it came through. */
type FieldDoor = {
  name: string
  rule: FieldRule
  read: (caller: Caller) => Promise<Record<PrivateField, boolean>>
}

const text = async (response: { text(): Promise<string> }) => response.text()
const probe = async (response: { ok(): boolean; text(): Promise<string> }) => ({
  ok: response.ok(),
  text: await response.text(),
})

function listDoors(fixtures: MatrixFixtures): ListDoor[] {
  const titled = { 'where[title][contains]': fixtures.stamp, limit: '50' }
  const graphql = (draft: boolean) => async (caller: Caller) =>
    text(
      await caller.api.post('/api/graphql', {
        data: {
          query: `query ($s: String) { Articles(where: { title: { contains: $s } }, draft: ${draft}, limit: 50) { docs { title slug } } }`,
          variables: { s: fixtures.stamp },
        },
      }),
    )
  const rest =
    (params: Record<string, string>, route = '/api/articles') =>
    async (caller: Caller) =>
      text(await caller.api.get(route, { params: { ...titled, ...params } }))
  const page = (route: string) => async (caller: Caller) => text(await caller.api.get(route))
  return [
    { name: 'REST list, depth 0', rule: payloadApi({ draft: false }), read: rest({ depth: '0' }) },
    { name: 'REST list, depth 1', rule: payloadApi({ draft: false }), read: rest({ depth: '1' }) },
    { name: 'REST list, depth 2', rule: payloadApi({ draft: false }), read: rest({ depth: '2' }) },
    {
      name: 'REST list, draft=true (the admin list view)',
      rule: payloadApi({ draft: true }),
      read: rest({ depth: '0', draft: 'true' }),
    },
    {
      name: 'REST versions (the admin history view)',
      rule: versionsApi,
      read: async (caller) =>
        text(
          await caller.api.get('/api/articles/versions', {
            params: { 'where[version.title][contains]': fixtures.stamp, limit: '100', depth: '0' },
          }),
        ),
    },
    { name: 'GraphQL list', rule: payloadApi({ draft: false }), read: graphql(false) },
    { name: 'GraphQL list, draft: true', rule: payloadApi({ draft: true }), read: graphql(true) },
    {
      name: '/api/v1 list, q=',
      rule: publicSite,
      read: page(`/api/v1/military/articles?q=${fixtures.stamp}&limit=100`),
    },
    {
      name: '/api/v1 author, latest articles',
      rule: publicSite,
      read: page(`/api/v1/authors/${fixtures.author.slug}`),
    },
    { name: 'site front page', rule: publicSite, read: page('/') },
    { name: 'site section front', rule: publicSite, read: page('/military') },
    { name: 'site author page', rule: publicSite, read: page(`/authors/${fixtures.author.slug}`) },
    { name: 'site search', rule: publicSite, read: page(`/search?q=${fixtures.stamp}`) },
    { name: 'RSS feed', rule: publicSite, read: page('/military/feed.xml') },
    { name: 'sitemap', rule: publicSite, read: readSitemap },
    { name: 'news sitemap', rule: publicSite, read: page('/news-sitemap.xml') },
  ]
}

/** The sitemap, following an index to its parts when there are many articles. */
async function readSitemap(caller: Caller): Promise<string> {
  const root = await text(await caller.api.get('/sitemap.xml'))
  if (!root.includes('<sitemapindex')) return root
  const parts = [...root.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/'))
  const bodies = await Promise.all(
    parts.map(async (part) => text(await caller.api.get(part.pathname))),
  )
  return bodies.join('\n')
}

const ITEM_DOORS: ItemDoor[] = [
  {
    name: 'REST by id, depth 0',
    rule: payloadApi({ draft: false }),
    read: async ({ api }, article) => probe(await api.get(`/api/articles/${article.id}?depth=0`)),
  },
  {
    name: 'REST by id, depth 2',
    rule: payloadApi({ draft: false }),
    read: async ({ api }, article) => probe(await api.get(`/api/articles/${article.id}?depth=2`)),
  },
  {
    name: 'REST by id, draft=true (the admin edit view)',
    rule: payloadApi({ draft: true }),
    read: async ({ api }, article) =>
      probe(await api.get(`/api/articles/${article.id}?depth=1&draft=true`)),
  },
  {
    name: '/api/v1 article by slug',
    rule: publicSite,
    read: async ({ api }, article) =>
      probe(await api.get(`/api/v1/military/articles/${article.slug}`)),
  },
  {
    name: 'site article page',
    rule: publicSite,
    read: async ({ api }, article) => probe(await api.get(`/military/${article.slug}`)),
  },
  {
    name: 'site article page, forged draft-mode cookie',
    rule: publicSite,
    read: async ({ api }, article) =>
      probe(
        await api.get(`/military/${article.slug}`, {
          headers: { Cookie: '__prerender_bypass=forged; __next_preview_data=forged' },
        }),
      ),
  },
  {
    name: 'preview link with a forged token, then the page',
    rule: publicSite,
    read: async ({ preview }, article) => {
      const refused = await preview.get(`/next/preview?slug=${article.slug}&token=forged`)
      expect(refused.status()).toBe(403)
      return probe(await preview.get(`/military/${article.slug}`))
    },
  },
  {
    name: 'preview link with a valid token, then the page',
    rule: previewLink,
    read: async ({ preview }, article) => {
      const token = createHmac('sha256', E2E.secret)
        .update(`preview:${article.slug}`)
        .digest('base64url')
      await preview.get(`/next/preview?slug=${article.slug}&token=${token}`, { maxRedirects: 0 })
      return probe(await preview.get(`/military/${article.slug}`))
    },
  },
]

function fieldDoors(fixtures: MatrixFixtures): FieldDoor[] {
  const emailsIn = (body: string) => ({
    'author email': body.includes(fixtures.author.email),
    'admin email': body.includes(fixtures.emails.admin),
    'editor email': body.includes(fixtures.emails.editor),
    'contributor email': body.includes(fixtures.emails.contributor),
  })
  const articleFields = (body: string) => {
    const doc = JSON.parse(body) as Record<string, unknown>
    return {
      ...emailsIn(body),
      'article createdBy': doc.createdBy !== undefined && doc.createdBy !== null,
      'article searchText': 'searchText' in doc,
    }
  }
  const { published } = fixtures.articles
  const none = { 'article createdBy': false, 'article searchText': false }
  const graphqlFields = async (caller: Caller) => {
    const response = await caller.api.post('/api/graphql', {
      data: {
        query: `query ($slug: String, $name: String) {
          Articles(where: { slug: { equals: $slug } }) { docs { searchText createdBy { email } } }
          Authors(where: { slug: { equals: $name } }) { docs { email } }
          Users(limit: 100) { docs { email } }
        }`,
        variables: { slug: published.slug, name: fixtures.author.slug },
      },
    })
    const body = await response.text()
    const data = (JSON.parse(body) as { data?: { Articles?: { docs?: object[] } } }).data
    const article = data?.Articles?.docs?.[0] as Record<string, unknown> | undefined
    return {
      ...emailsIn(body),
      'article createdBy': Boolean(article?.createdBy),
      'article searchText': Boolean(article?.searchText),
    }
  }
  return [
    ...[0, 1, 2].map((depth) => ({
      name: `REST article by id, depth ${depth}`,
      // Authors are populated without their emails; the createdBy account, with its own read
      // rules, from depth 1.
      rule: (role: MatrixRole, field: PrivateField) =>
        field === 'article createdBy' ||
        field === 'article searchText' ||
        (field === 'admin email' && depth > 0)
          ? payloadApiFields(role, field)
          : false,
      read: async ({ api }: Caller) =>
        articleFields(await text(await api.get(`/api/articles/${published.id}?depth=${depth}`))),
    })),
    {
      name: 'REST author by id',
      rule: (role, field) => field === 'author email' && payloadApiFields(role, field),
      read: async ({ api }) => ({
        ...emailsIn(await text(await api.get(`/api/authors/${fixtures.author.id}`))),
        ...none,
      }),
    },
    {
      name: 'REST users list',
      rule: (role, field) =>
        field.endsWith('email') && field !== 'author email' && payloadApiFields(role, field),
      read: async ({ api }) => ({
        ...emailsIn(await text(await api.get('/api/users?limit=100&depth=0'))),
        ...none,
      }),
    },
    {
      name: 'GraphQL articles, authors and users',
      // GraphQL resolves createdBy to the account itself, which only admins (and its owner) read.
      rule: (role, field) =>
        field === 'article createdBy' ? role === 'admin' : payloadApiFields(role, field),
      read: graphqlFields,
    },
    {
      name: '/api/v1 article and author',
      rule: publicFields,
      read: async ({ api }) => {
        const article = await text(await api.get(`/api/v1/military/articles/${published.slug}`))
        const author = await text(await api.get(`/api/v1/authors/${fixtures.author.slug}`))
        return {
          ...emailsIn(article + author),
          'article createdBy': article.includes('createdBy'),
          'article searchText': article.includes('searchText'),
        }
      },
    },
    {
      name: 'site article and author pages',
      rule: publicFields,
      read: async ({ api }) => {
        const pages = await Promise.all(
          [`/military/${published.slug}`, `/authors/${fixtures.author.slug}`].map(async (route) =>
            text(await api.get(route)),
          ),
        )
        return { ...emailsIn(pages.join('\n')), ...none }
      },
    },
  ]
}

async function signIn(
  playwright: { request: { newContext(options: object): Promise<APIRequestContext> } },
  baseURL: string,
  role: MatrixRole,
  account?: { email: string; password: string },
): Promise<Caller> {
  const headers: Record<string, string> = { 'X-Forwarded-For': ADDRESS[role] }
  if (account) {
    const login = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers })
    const response = await login.post('/api/users/login', { data: account })
    expect(response.status(), `${role} signs in`).toBe(200)
    headers.Authorization = `JWT ${(await response.json()).token}`
    await login.dispose()
  }
  // Two contexts: the preview one collects draft-mode cookies that the other must never carry.
  const [api, preview] = await Promise.all([
    playwright.request.newContext({ baseURL, extraHTTPHeaders: headers }),
    playwright.request.newContext({ baseURL, extraHTTPHeaders: headers }),
  ])
  return { role, api, preview }
}

test('should show each role exactly what the access rules allow, through every door', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const base = baseURL ?? E2E.baseURL
  const admin = await signIn(playwright, base, 'admin', E2E.admin)
  const fixtures = await createMatrixFixtures(admin.api, E2E.admin.email)
  const callers = [
    await signIn(playwright, base, 'anonymous'),
    await signIn(playwright, base, 'contributor', fixtures.accounts.contributor),
    await signIn(playwright, base, 'editor', fixtures.accounts.editor),
    admin,
  ]
  try {
    const lists = listDoors(fixtures)
    const fields = fieldDoors(fixtures)
    const actualContent: Table = {}
    const actualFields: Table = {}
    for (const caller of callers) {
      for (const door of lists) {
        const body = await door.read(caller)
        for (const kind of KINDS) {
          const cell = body.includes(fixtures.articles[kind].marker) ? 'yes' : 'no'
          ;(actualContent[door.name] ??= {})[`${caller.role} / ${kind}`] = cell
        }
      }
      for (const door of ITEM_DOORS) {
        for (const kind of KINDS) {
          const article = fixtures.articles[kind]
          const { ok, text: body } = await door.read(caller, article)
          const cell = ok && body.includes(article.marker) ? 'yes' : 'no'
          ;(actualContent[door.name] ??= {})[`${caller.role} / ${kind}`] = cell
        }
      }
      for (const door of fields) {
        const seen = await door.read(caller)
        for (const field of PRIVATE_FIELDS) {
          ;(actualFields[door.name] ??= {})[`${caller.role} / ${field}`] = seen[field]
            ? 'yes'
            : 'no'
        }
      }
    }
    const expectedContent = expectedTable([...lists, ...ITEM_DOORS], KINDS)
    const expectedFields = expectedTable(fields, PRIVATE_FIELDS)

    const database = process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite'
    const folder = path.join(import.meta.dirname, '../test-results/access-matrix')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      path.join(folder, `${database}.md`),
      [
        `# Access matrix (${database}): what each role got through each door`,
        markdownTable('Content', actualContent),
        markdownTable('Private fields', actualFields),
      ].join('\n\n') + '\n',
    )
    expect(actualContent).toEqual(expectedContent)
    expect(actualFields).toEqual(expectedFields)
  } finally {
    await removeMatrixFixtures(admin.api, fixtures)
    for (const caller of callers)
      await Promise.all([caller.api.dispose(), caller.preview.dispose()])
  }
})
