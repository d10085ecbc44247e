import { beforeAll, describe, expect, it } from 'vitest'

import type { ErrorBody } from '@/content-api/schemas/common'
import type { AuthorItem, AuthorList, TagList } from '@/content-api/schemas/responses'
import type { Article, Author } from '@/payload-types'

import { getJson } from '../support/contentApi'
import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

let marker: string
let author: Author
let mine: Article[]
let draft: Article

beforeAll(async () => {
  marker = unique('tag').replace('-', '')
  const avatar = await fixtures.image({ alt: 'Portrait', caption: '' })
  author = await fixtures.author({ name: `Aaa ${marker}`, role: '' })
  author = await payload.update({
    collection: 'authors',
    id: author.id,
    data: { avatar: avatar.id, bio: 'Covers navies.', links: { x: 'https://x.com/example' } },
  })
  mine = []
  for (const days of [3, 2, 1]) {
    mine.push(
      await fixtures.article({
        authors: [author.id],
        tags: [marker, ...(days === 1 ? [`${marker}-rare`] : [])],
        publishedAt: new Date(Date.now() - days * 86_400_000).toISOString(),
      }),
    )
  }
  draft = await fixtures.article({ authors: [author.id], tags: [marker], _status: 'draft' })
})

describe('GET /api/v1/authors', () => {
  it('should list authors by name with public fields only', async () => {
    const { status, body } = await getJson<AuthorList>('/api/v1/authors')
    expect(status).toBe(200)
    const listed = body.data.find((entry) => entry.slug === author.slug)
    expect(listed).toMatchObject({
      id: author.id,
      name: author.name,
      role: null,
      bio: 'Covers navies.',
      links: { x: 'https://x.com/example', linkedin: null, website: null },
    })
    expect(listed?.avatar).toMatchObject({ alt: 'Portrait', caption: null })
    expect(JSON.stringify(body)).not.toMatch(/email|@dispatch\.test/)
    const names = body.data.map((entry) => entry.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })

  it('should page authors', async () => {
    const { body } = await getJson<AuthorList>('/api/v1/authors?limit=1&page=2')
    expect(body.data).toHaveLength(1)
    expect(body.meta.pagination).toMatchObject({ page: 2, limit: 1, prev: 1 })
  })

  it('should refuse unknown parameters', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/v1/authors?role=editor')
    expect(status).toBe(400)
    expect(body.error.issues[0]?.param).toBe('role')
  })
})

describe('GET /api/v1/authors/{slug}', () => {
  it('should give the author with their latest published articles, newest first', async () => {
    const { status, body } = await getJson<AuthorItem>(`/api/v1/authors/${author.slug}`)
    expect(status).toBe(200)
    expect(body.data.slug).toBe(author.slug)
    expect(body.data.latestArticles.map((article) => article.slug)).toEqual(
      [...mine].reverse().map((article) => article.slug),
    )
    expect(body.data.latestArticles.map((article) => article.slug)).not.toContain(draft.slug)
    expect(body.data).not.toHaveProperty('email')
  })

  it('should answer 404 for an unknown author', async () => {
    const { status, body } = await getJson<ErrorBody>(`/api/v1/authors/${unique('nobody')}`)
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
  })
})

describe('GET /api/v1/tags', () => {
  it('should count tags of published, due Military articles only', async () => {
    const { status, body } = await getJson<TagList>('/api/v1/tags?limit=100')
    expect(status).toBe(200)
    const all: TagList['data'] = [...body.data]
    for (let page = 2; page <= body.meta.pagination.pages; page++) {
      all.push(...(await getJson<TagList>(`/api/v1/tags?limit=100&page=${page}`)).body.data)
    }
    expect(all.find((tag) => tag.name === marker)).toEqual({ name: marker, count: 3 })
    expect(all.find((tag) => tag.name === `${marker}-rare`)).toEqual({
      name: `${marker}-rare`,
      count: 1,
    })
  })

  it('should list the most used first', async () => {
    const { body } = await getJson<TagList>('/api/v1/tags')
    const counts = body.data.map((tag) => tag.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('should refuse a limit over 100', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/v1/tags?limit=500')
    expect(status).toBe(400)
    expect(body.error.issues[0]).toEqual({ param: 'limit', message: 'must be between 1 and 100' })
  })
})
