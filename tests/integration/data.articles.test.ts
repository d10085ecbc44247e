import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import {
  findSectionArticle,
  findSectionArticleById,
  listSectionArticles,
} from '@/articles/reads/articles'
import { findAuthor } from '@/people/reads/authors'
import { listRelatedArticles } from '@/articles/reads/related'
import { listTags } from '@/articles/reads/tags'
import type { Article, Author } from '@/payload-types'
import { toLexical } from '@/seed/lexical'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

let author: Author
let marker: string
let published: Article
let draft: Article
let future: Article
let politics: Article

const slugsOf = (docs: Article[]) => docs.map((doc) => doc.slug)

beforeAll(async () => {
  marker = unique('marker').replace('-', '')
  author = await fixtures.author({ email: `${unique('private')}@dispatch.test` })
  published = await fixtures.article({
    title: `Radar upgrade ${marker}`,
    authors: [author.id],
    tags: [marker, 'air-defence'],
    body: toLexical([
      { type: 'p', text: `The ${marker.toUpperCase()}-body phrase appears only here.` },
    ]),
  })
  draft = await fixtures.article({ title: `Draft ${marker}`, tags: [marker], _status: 'draft' })
  future = await fixtures.article({
    title: `Embargoed ${marker}`,
    tags: [marker],
    publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
  })
  politics = await fixtures.article({
    title: `Budget ${marker}`,
    tags: [marker],
    section: 'politics',
  })
})

describe('the site and content API reads', () => {
  it('should list only published, due Military articles for a tag', async () => {
    const { docs, totalDocs } = await listSectionArticles({ tag: marker })
    expect(slugsOf(docs)).toEqual([published.slug])
    expect(totalDocs).toBe(1)
  })

  it('should find words from the body text, whatever their case', async () => {
    const { docs } = await listSectionArticles({ q: `${marker.toLowerCase()}-BODY phrase` })
    expect(slugsOf(docs)).toEqual([published.slug])
  })

  it('should find words from the title and filter by author slug', async () => {
    expect(slugsOf((await listSectionArticles({ q: `radar UPGRADE ${marker}` })).docs)).toEqual([
      published.slug,
    ])
    expect(slugsOf((await listSectionArticles({ authorSlug: author.slug })).docs)).toEqual([
      published.slug,
    ])
    expect((await listSectionArticles({ authorSlug: unique('nobody') })).totalDocs).toBe(0)
  })

  it('should filter by publication time', async () => {
    const publishedAt = new Date(published.publishedAt ?? '')
    const after = new Date(publishedAt.getTime() + 1000)
    expect((await listSectionArticles({ tag: marker, since: after })).totalDocs).toBe(0)
    expect((await listSectionArticles({ tag: marker, until: after })).totalDocs).toBe(1)
  })

  it('should find a published Military article by slug and refuse the others', async () => {
    expect((await findSectionArticle(published.slug))?.id).toBe(published.id)
    for (const hidden of [draft, future, politics]) {
      expect(await findSectionArticle(hidden.slug)).toBeNull()
      expect(await findSectionArticleById(hidden.id)).toBeNull()
    }
    expect((await findSectionArticleById(published.id))?.slug).toBe(published.slug)
  })

  it('should never return the body search text or an author email', async () => {
    const article = await findSectionArticle(published.slug)
    expect(article).not.toHaveProperty('searchText')
    expect(await findAuthor(author.slug)).not.toHaveProperty('email')
    const byline = article?.authors[0]
    expect(typeof byline === 'object' && byline).not.toHaveProperty('email')
  })

  it('should count tags of published Military articles only', async () => {
    const tags = await listTags()
    expect(tags.find(({ tag }) => tag === marker)).toEqual({ tag: marker, count: 1 })
  })

  it('should choose related stories that share tags before newer ones', async () => {
    const sibling = await fixtures.article({ title: `Sibling ${marker}`, tags: ['air-defence'] })
    const related = await listRelatedArticles(published)
    expect(related[0]?.slug).toBe(sibling.slug)
    expect(related.map((doc) => doc.id)).not.toContain(published.id)
    expect(related.length).toBeLessThanOrEqual(3)
  })

  it('should keep the body text in step with the body on every save', async () => {
    const updated = await payload.update({
      collection: ARTICLES,
      id: published.id,
      data: { body: toLexical([{ type: 'p', text: `Rewritten ${marker} copy.` }]) },
    })
    expect(updated.searchText).toBeUndefined()
    const { docs } = await listSectionArticles({ q: `rewritten ${marker}` })
    expect(slugsOf(docs)).toEqual([published.slug])
  })
})
