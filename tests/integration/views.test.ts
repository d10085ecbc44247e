import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { env } from '@/platform/env'
import { incrementViews } from '@/views/incrementViews'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

const viewsOf = async (id: string) =>
  (await payload.findByID({ collection: ARTICLES, id, depth: 0 })).views

describe(`view counting (${env.database.kind})`, () => {
  it('should add exactly 1,000 views when 1,000 increments arrive at once', async () => {
    const article = await fixtures.article()
    const results = await Promise.all(
      Array.from({ length: 1000 }, () => incrementViews(payload, article.id)),
    )
    expect(results.every(Boolean)).toBe(true)
    expect(await viewsOf(article.id)).toBe(1000)
  })

  it('should not create a version or touch other fields', async () => {
    const article = await fixtures.article()
    const before = await payload.countVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
    })
    await incrementViews(payload, article.id)
    const after = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
    expect(after.title).toBe(article.title)
    expect(after.updatedAt).toBe(article.updatedAt)
    const versions = await payload.countVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
    })
    expect(versions.totalDocs).toBe(before.totalDocs)
  })

  it('should report an unknown article instead of failing', async () => {
    const article = await fixtures.article()
    await payload.delete({ collection: ARTICLES, id: article.id })
    expect(await incrementViews(payload, article.id)).toBeNull()
    expect(await incrementViews(payload, 'not-an-id')).toBeNull()
  })
})
