import { createHmac } from 'node:crypto'

import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import type { MatrixRole, Rule } from './accessRules'
import { payloadApi, previewLink, publicSite, versionsApi } from './accessRules'
import type { MatrixArticle, MatrixFixtures } from './matrixFixtures'
import { E2E } from './settings'

/** The doors of the access matrix through which articles come: lists, and one article at a time. */

export type Caller = { role: MatrixRole; api: APIRequestContext; preview: APIRequestContext }
type Probe = { text: string; ok: boolean }

/** A door that lists many articles at once: one request shows which markers came through. */
export type ListDoor = { name: string; rule: Rule; read: (caller: Caller) => Promise<string> }
/** A door that shows one article at a time. */
export type ItemDoor = {
  name: string
  rule: Rule
  read: (caller: Caller, article: MatrixArticle) => Promise<Probe>
}

export const text = async (response: { text(): Promise<string> }) => response.text()
const probe = async (response: { ok(): boolean; text(): Promise<string> }) => ({
  ok: response.ok(),
  text: await response.text(),
})

export function listDoors(fixtures: MatrixFixtures): ListDoor[] {
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

export const ITEM_DOORS: ItemDoor[] = [
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
