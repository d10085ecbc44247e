import { beforeAll, describe, expect, it } from 'vitest'

import type { ArticleItem, ArticleList } from '@/content-api/schemas/responses'
import type { ErrorBody } from '@/content-api/schemas/common'
import type { Article, Author } from '@/payload-types'
import { toLexical } from '@/seed/lexical'

import { getJson } from '../support/contentApi'
import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { fixtures } = await setupNewsroom()

let marker: string
let author: Author
let oldest: Article
let middle: Article
let newest: Article
let hidden: Article[]

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

const list = (query: string) =>
  getJson<ArticleList>(`/api/v1/military/articles?${query}`).then(({ body }) => body)

const slugsOf = (body: ArticleList) => body.data.map((article) => article.slug)

beforeAll(async () => {
  marker = unique('mark').replace('-', '')
  author = await fixtures.author({ name: `Correspondent ${marker}` })
  oldest = await fixtures.article({
    title: `Artillery ${marker}`,
    tags: [marker],
    publishedAt: daysAgo(30),
  })
  middle = await fixtures.article({
    title: `Frigates ${marker}`,
    tags: [marker, `${marker}-naval`],
    authors: [author.id],
    publishedAt: daysAgo(20),
    excerpt: '',
  })
  newest = await fixtures.article({
    title: `Drones ${marker}`,
    tags: [marker],
    publishedAt: daysAgo(10),
    body: toLexical([
      { type: 'h2', text: 'What changed' },
      { type: 'p', text: `Only this body mentions ${marker}zulu.` },
    ]),
  })
  hidden = [
    await fixtures.article({ title: `Draft ${marker}`, tags: [marker], _status: 'draft' }),
    await fixtures.article({
      title: `Embargo ${marker}`,
      tags: [marker],
      publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    await fixtures.article({ title: `Budget ${marker}`, tags: [marker], section: 'politics' }),
  ]
})

describe('GET /api/v1/military/articles', () => {
  it('should list published, due Military articles newest first', async () => {
    expect(slugsOf(await list(`tag=${marker}`))).toEqual([newest.slug, middle.slug, oldest.slug])
  })

  it('should page with a Ghost-style pagination block', async () => {
    const first = await list(`tag=${marker}&limit=2`)
    expect(first.meta.pagination).toEqual({
      page: 1,
      limit: 2,
      pages: 2,
      total: 3,
      next: 2,
      prev: null,
    })
    const second = await list(`tag=${marker}&limit=2&page=2`)
    expect(slugsOf(second)).toEqual([oldest.slug])
    expect(second.meta.pagination).toMatchObject({ page: 2, next: null, prev: 1 })
  })

  it('should default to 12 per page', async () => {
    expect((await list('')).meta.pagination.limit).toBe(12)
  })

  it('should answer an empty page past the end', async () => {
    const past = await list(`tag=${marker}&page=9`)
    expect(past.data).toEqual([])
    expect(past.meta.pagination).toMatchObject({ page: 9, pages: 1, next: null, prev: 1 })
  })

  it('should filter by author slug', async () => {
    expect(slugsOf(await list(`author=${author.slug}`))).toEqual([middle.slug])
    expect((await list(`author=${unique('nobody')}`)).data).toEqual([])
  })

  it('should filter by text in titles and bodies', async () => {
    expect(slugsOf(await list(`q=frigates ${marker}`))).toEqual([middle.slug])
    expect(slugsOf(await list(`q=${marker}zulu`))).toEqual([newest.slug])
  })

  it('should filter by publication date, both ends included', async () => {
    const since = daysAgo(25).slice(0, 10)
    expect(slugsOf(await list(`tag=${marker}&since=${since}`))).toEqual([newest.slug, middle.slug])
    const until = middle.publishedAt ?? ''
    expect(slugsOf(await list(`tag=${marker}&until=${encodeURIComponent(until)}`))).toEqual([
      middle.slug,
      oldest.slug,
    ])
  })

  it('should take a bare until date as the whole of that day', async () => {
    const day = (middle.publishedAt ?? '').slice(0, 10)
    expect(slugsOf(await list(`tag=${marker}&since=${day}&until=${day}`))).toEqual([middle.slug])
  })

  it('should answer an until before since with an empty list, as its schema allows', async () => {
    const since = (newest.publishedAt ?? '').slice(0, 10)
    const until = (oldest.publishedAt ?? '').slice(0, 10)
    expect(slugsOf(await list(`tag=${marker}&since=${since}&until=${until}`))).toEqual([])
  })

  it('should combine filters', async () => {
    expect(slugsOf(await list(`tag=${marker}-naval&author=${author.slug}`))).toEqual([middle.slug])
  })

  it('should give summaries without bodies, with null for empty text', async () => {
    const summary = (await list(`author=${author.slug}`)).data[0]
    expect(summary).not.toHaveProperty('body')
    expect(summary?.excerpt).toBeNull()
    expect(summary?.authors[0]).toMatchObject({ name: author.name, slug: author.slug })
  })

  it.each([
    ['page=0', 'page'],
    ['page=two', 'page'],
    ['page=1.5', 'page'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['tag=', 'tag'],
    ['author=Not%20A%20Slug', 'author'],
    ['q=a', 'q'],
    ['since=yesterday', 'since'],
    ['until=2025-13-01', 'until'],
    ['tag=a&tag=b', 'tag'],
    ['sort=title', 'sort'],
  ])('should refuse %s with a 400 naming %s', async (query, param) => {
    const { status, body } = await getJson<ErrorBody>(`/api/v1/military/articles?${query}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_parameters')
    expect(body.error.message).toContain(param)
    expect(body.error.issues.map((issue) => issue.param)).toContain(param)
  })
})

describe('GET /api/v1/military/articles/{slug}', () => {
  it('should give the article with its body as HTML and text', async () => {
    const { status, body } = await getJson<ArticleItem>(`/api/v1/military/articles/${newest.slug}`)
    expect(status).toBe(200)
    const article = body.data
    expect(article).toMatchObject({
      id: newest.id,
      slug: newest.slug,
      title: newest.title,
      section: 'military',
      publishedAt: new Date(newest.publishedAt ?? '').toISOString(),
      views: 0,
      tags: [marker],
    })
    expect(article.url).toMatch(new RegExp(`^https?://[^/]+/military/${newest.slug}$`))
    expect(article.body.html).toContain('<h2>What changed</h2>')
    expect(article.body.text).toContain(`Only this body mentions ${marker}zulu.`)
    expect(article.readingTime).toBe(1)
  })

  it('should flatten authors and the hero image into public shapes with absolute URLs', async () => {
    const { body } = await getJson<ArticleItem>(`/api/v1/military/articles/${newest.slug}`)
    const [byline] = body.data.authors
    expect(Object.keys(byline ?? {}).sort()).toEqual(['avatar', 'name', 'role', 'slug', 'url'])
    expect(byline?.url).toMatch(/^https?:\/\/[^/]+\/authors\//)
    expect(body.data.heroImage).toMatchObject({
      alt: 'A test picture',
      credit: 'Al Jazeera',
      creditUrl: null,
      caption: null,
      width: 64,
      height: 48,
    })
    expect(body.data.heroImage?.url).toMatch(/^https?:\/\/[^/]+\/api\/media\/file\//)
    expect(JSON.stringify(body)).not.toContain('""')
  })

  it('should answer 404 in JSON for drafts, future, other desks and unknown slugs', async () => {
    for (const slug of [...hidden.map((article) => article.slug), unique('missing'), 'Bad_Slug']) {
      const { status, body } = await getJson<ErrorBody>(`/api/v1/military/articles/${slug}`)
      expect(status).toBe(404)
      expect(body.error).toMatchObject({ code: 'not_found', issues: [] })
    }
  })

  it('should refuse query parameters it does not take', async () => {
    const { status, body } = await getJson<ErrorBody>(
      `/api/v1/military/articles/${newest.slug}?depth=5`,
    )
    expect(status).toBe(400)
    expect(body.error.issues).toEqual([
      { param: 'depth', message: 'is not a parameter of this endpoint' },
    ])
  })
})
