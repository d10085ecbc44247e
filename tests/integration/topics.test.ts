import { describe, expect, it } from 'vitest'

import { listSectionArticles } from '@/articles/reads/articles'
import { findTopic, listTopics } from '@/articles/reads/topics'
import { topicSlug } from '@/articles/topicSlug'
import { env } from '@/platform/env'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { fixtures } = await setupNewsroom()

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

describe(`topics (${env.database.kind})`, () => {
  it('should find the topic of a tag with spaces, capitals, a slash and accents by its slug', async () => {
    const tag = `${unique('Air')} Défense / Sol`
    await fixtures.article({ tags: [tag] })
    const topic = await findTopic(topicSlug(tag))
    expect(topic).toMatchObject({ slug: topicSlug(tag), name: tag, tags: [tag], count: 1 })
    expect(topic?.slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u)
  })

  it('should gather the spellings of one topic under one slug, named by the most used', async () => {
    const marker = unique('naval')
    const [common, rare] = [`${marker} drones`, `${marker.toUpperCase()} Drones`]
    await fixtures.article({ tags: [common] })
    await fixtures.article({ tags: [common] })
    await fixtures.article({ tags: [rare] })
    const topic = await findTopic(topicSlug(common))
    expect(topic?.name).toBe(common)
    expect([...(topic?.tags ?? [])].sort()).toEqual([common, rare].sort())
    expect(topic?.count).toBe(3)
    const stories = await listSectionArticles({ tags: topic?.tags })
    expect(stories.totalDocs).toBe(3)
  })

  it('should list a topic’s published Military stories only, newest first', async () => {
    const tag = unique('topic')
    const older = await fixtures.article({ tags: [tag], publishedAt: daysAgo(2) })
    const newer = await fixtures.article({ tags: [tag], publishedAt: daysAgo(1) })
    await fixtures.article({ tags: [tag], _status: 'draft' })
    await fixtures.article({ tags: [tag], section: 'politics' })
    const topic = await findTopic(topicSlug(tag))
    const stories = await listSectionArticles({ tags: topic?.tags })
    expect(stories.docs.map((doc) => doc.slug)).toEqual([newer.slug, older.slug])
    expect(topic?.count).toBe(2)
  })

  it('should make no topic of a tag that only drafts and other desks use', async () => {
    const tag = unique('unseen')
    await fixtures.article({ tags: [tag], _status: 'draft' })
    await fixtures.article({ tags: [tag], section: 'politics' })
    expect(await findTopic(topicSlug(tag))).toBeNull()
    expect((await listTopics()).map((topic) => topic.slug)).not.toContain(topicSlug(tag))
  })

  it('should answer null for an unknown topic and for a tag without letters', async () => {
    await fixtures.article({ tags: [' / '] })
    expect(await findTopic(unique('no-such-topic'))).toBeNull()
    expect(await findTopic('')).toBeNull()
    expect((await listTopics()).every((topic) => topic.slug !== '')).toBe(true)
  })
})
