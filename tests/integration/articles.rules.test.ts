import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { toSlug } from '@collections/fields/slug'
import { toLexical } from '@/seed/lexical'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

describe('slugs', () => {
  it('should generate a lowercase-kebab slug from the title', async () => {
    const title = `Europe's Air-Defence Gap: 5 Lessons ${unique('x')}`
    const article = await fixtures.article({ title })
    expect(article.slug).toBe(toSlug(title))
    expect(article.slug).toMatch(/^europes-air-defence-gap-5-lessons-x-[a-z0-9]+$/)
  })

  it('should turn a typed slug into lowercase-kebab when an article is created', async () => {
    const article = await fixtures.article({ slug: `Not A_Valid Slug ${unique('x')}!` })
    expect(article.slug).toMatch(/^not-a-valid-slug-x-[a-z0-9]+$/)
  })

  it('should refuse an edited slug that is not lowercase-kebab and suggest one', async () => {
    const article = await fixtures.article()
    await expect(
      payload.update({
        collection: ARTICLES,
        id: article.id,
        data: { slug: 'Not A_Valid Slug!', generateSlug: false },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'slug',
            message: expect.stringContaining('such as "not-a-valid-slug"'),
          }),
        ],
      },
    })
  })

  it('should explain a slug collision and suggest a free slug', async () => {
    const first = await fixtures.article()
    const attempt = fixtures.article({ slug: first.slug })
    await expect(attempt).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'slug',
            message: `The slug "${first.slug}" is already used by another document. Try "${first.slug}-2".`,
          }),
        ],
      },
    })
  })

  it('should refuse a colliding slug on drafts too', async () => {
    const first = await fixtures.article()
    await expect(fixtures.article({ slug: first.slug, _status: 'draft' })).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ message: expect.stringMatching(/already used/) })],
      },
    })
  })

  it('should let an article keep its own slug when it is saved again', async () => {
    const article = await fixtures.article()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { slug: article.slug, excerpt: 'Changed dek' },
    })
    expect(updated.slug).toBe(article.slug)
  })
})

describe('publishedAt', () => {
  it('should stay empty while an article is a draft', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    expect(draft.publishedAt ?? null).toBeNull()
  })

  it('should be set on first publish', async () => {
    const before = Date.now()
    const draft = await fixtures.article({ _status: 'draft' })
    const published = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.publishedAt).toBeTruthy()
    expect(new Date(published.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('should keep the first publication time when the article is published again', async () => {
    const article = await fixtures.article()
    const republished = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { _status: 'published', title: `${article.title} (updated)` },
    })
    expect(republished.publishedAt).toBe(article.publishedAt)
  })

  it('should let an editor set the publication time', async () => {
    const article = await fixtures.article()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { publishedAt: '2025-10-13T09:00:00.000Z' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.publishedAt).toBe('2025-10-13T09:00:00.000Z')
  })
})

describe('readingTime', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ')

  it('should be worked out from the body on save', async () => {
    const article = await fixtures.article({ body: toLexical([{ type: 'p', text: words(920) }]) })
    expect(article.readingTime).toBe(4)
  })

  it('should be at least one minute', async () => {
    const article = await fixtures.article({ body: toLexical([{ type: 'p', text: 'Short.' }]) })
    expect(article.readingTime).toBe(1)
  })

  it('should follow the body when it changes', async () => {
    const article = await fixtures.article({ body: toLexical([{ type: 'p', text: words(100) }]) })
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: {
        body: toLexical([
          { type: 'h2', text: 'More' },
          { type: 'p', text: words(1400) },
        ]),
      },
    })
    expect(updated.readingTime).toBe(6)
  })

  it('should ignore a reading time sent by a caller', async () => {
    const article = await fixtures.article({}, { user: editor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { readingTime: 99 },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.readingTime).toBe(1)
  })
})

describe('views', () => {
  it('should start at zero', async () => {
    const article = await fixtures.article()
    expect(article.views).toBe(0)
  })

  it('should ignore views sent by an editor', async () => {
    const article = await fixtures.article({}, { user: editor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { views: 5000 },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.views).toBe(0)
  })

  it('should ignore views sent when an article is created', async () => {
    const article = await fixtures.article({ views: 123 }, { user: editor })
    expect(article.views).toBe(0)
  })
})

describe('required fields', () => {
  it('should refuse publishing without a hero image', async () => {
    const author = await fixtures.author()
    await expect(
      payload.create({
        collection: ARTICLES,
        data: {
          title: unique('No picture'),
          slug: '',
          section: 'military',
          authors: [author.id],
          _status: 'published',
        } as never,
      }),
    ).rejects.toThrow(/heroImage|Hero Image/i)
  })

  it('should refuse a title longer than 200 characters', async () => {
    await expect(fixtures.article({ title: 'x'.repeat(201) })).rejects.toThrow(/title/i)
  })

  it('should refuse an excerpt longer than 300 characters', async () => {
    await expect(fixtures.article({ excerpt: 'x'.repeat(301) })).rejects.toThrow(/excerpt/i)
  })
})
