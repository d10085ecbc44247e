import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES, MEDIA, USERS } from '@collections/slugs'
import { lexicalToPlainText, readingTimeOf } from '@/articles/body/plainText'
import type { SeedSummary } from '@/seed'
import { seedArticles, seedAuthors, seedImages } from '@/seed/content'

import { setupNewsroom } from '../support/newsroom'

/** Its own database: the demo newsroom is seeded into an empty one. */
const { payload } = await setupNewsroom({ ownDatabase: 'seed' })

const demoAdmin = { email: 'demo-admin@dispatch.test', password: 'demo-admin-password' }
let first: SeedSummary
let second: SeedSummary

beforeAll(async () => {
  const { seedDemo } = await import('@/seed')
  first = await seedDemo(payload, { admin: demoAdmin })
  second = await seedDemo(payload, { admin: demoAdmin })
})

const published = (section: string) =>
  payload.count({
    collection: ARTICLES,
    where: { section: { equals: section }, _status: { equals: 'published' } },
  })

describe('demo newsroom', () => {
  it('should add every demo author, image and article once', () => {
    expect(first).toEqual({
      authors: seedAuthors.length,
      images: seedImages.length,
      articles: seedArticles.length,
      adminCreated: true,
    })
  })

  it('should add nothing when run again', () => {
    expect(second).toEqual({ authors: 0, images: 0, articles: 0, adminCreated: false })
  })

  it('should publish at least 12 Military articles and some of other sections', async () => {
    expect((await published('military')).totalDocs).toBeGreaterThanOrEqual(12)
    const others = await payload.count({
      collection: ARTICLES,
      where: { section: { not_equals: 'military' }, _status: { equals: 'published' } },
    })
    expect(others.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('should keep two drafts unpublished', async () => {
    const drafts = await payload.find({
      collection: ARTICLES,
      where: { _status: { equals: 'draft' } },
      draft: true,
      depth: 0,
    })
    expect(drafts.totalDocs).toBe(2)
    const visible = await payload.find({
      collection: ARTICLES,
      where: { id: { in: drafts.docs.map((doc) => doc.id) } },
      overrideAccess: false,
    })
    expect(visible.docs).toEqual([])
  })

  it('should spread publication dates over recent weeks', async () => {
    const { docs } = await payload.find({
      collection: ARTICLES,
      where: { _status: { equals: 'published' } },
      sort: 'publishedAt',
      limit: 100,
      depth: 0,
    })
    const times = docs.map((doc) => new Date(doc.publishedAt ?? 0).getTime())
    const spanDays = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 86_400_000
    expect(spanDays).toBeGreaterThan(14)
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now())
  })

  it('should give every hero image a credit and generated sizes', async () => {
    const { docs } = await payload.find({ collection: MEDIA, limit: 100, depth: 0 })
    expect(docs.length).toBe(seedImages.length)
    for (const media of docs) {
      expect(media.credit).toBeTruthy()
      expect(media.sizes?.hero?.filename).toBeTruthy()
    }
  })

  it('should write bodies with subheadings and a reading time', async () => {
    const { docs } = await payload.find({ collection: ARTICLES, limit: 100, depth: 0, draft: true })
    expect(docs.length).toBe(seedArticles.length)
    for (const article of docs) {
      expect(JSON.stringify(article.body)).toContain('"tag":"h2"')
      expect(article.readingTime).toBe(readingTimeOf(lexicalToPlainText(article.body)))
    }
  })

  it('should create the configured admin with the admin role', async () => {
    const { docs } = await payload.find({
      collection: USERS,
      where: { email: { equals: demoAdmin.email } },
    })
    expect(docs[0]?.roles).toEqual(['admin'])
  })

  it("should let anonymous readers see every published Military story's hero image", async () => {
    const stories = await payload.find({
      collection: ARTICLES,
      where: { section: { equals: 'military' }, _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      select: { heroImage: true },
    })
    const heroIds = stories.docs.map((story) => String(story.heroImage))
    const seen = await payload.find({
      collection: MEDIA,
      where: { id: { in: heroIds } },
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    expect(seen.docs.length).toBe(new Set(heroIds).size)
  })
})
