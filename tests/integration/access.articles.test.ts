import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({
  users: { contributor: 'contributor', otherContributor: 'contributor', editor: 'editor' },
})
const { contributor, otherContributor, editor } = users

const anonymousFind = (id: string) =>
  payload.find({ collection: ARTICLES, where: { id: { equals: id } }, overrideAccess: false })

describe('articles: what anonymous callers read', () => {
  it('should show a published article', async () => {
    const article = await fixtures.article()
    const { docs } = await anonymousFind(article.id)
    expect(docs.map((doc) => doc.id)).toEqual([article.id])
  })

  it('should hide a draft', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const { docs } = await anonymousFind(draft.id)
    expect(docs).toEqual([])
  })

  it('should hide a published article of another desk', async () => {
    const article = await fixtures.article({ section: 'politics' })
    const { docs } = await anonymousFind(article.id)
    expect(docs).toEqual([])
  })

  it('should hide a published article whose publication time is in the future', async () => {
    const future = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()
    const article = await fixtures.article({ publishedAt: future })
    const { docs } = await anonymousFind(article.id)
    expect(docs).toEqual([])
  })

  it('should hide the unpublished draft of a published article', async () => {
    const article = await fixtures.article({ title: 'Original public headline' })
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      draft: true,
      data: { title: 'Unpublished new headline' },
    })
    const published = await anonymousFind(article.id)
    expect(published.docs.map((doc) => doc.title)).toEqual(['Original public headline'])
    const asDraft = await payload.find({
      collection: ARTICLES,
      where: { id: { equals: article.id } },
      draft: true,
      overrideAccess: false,
    })
    expect(asDraft.docs.map((doc) => doc.title)).not.toContain('Unpublished new headline')
  })

  it('should refuse anonymous reads of versions', async () => {
    const article = await fixtures.article()
    await expect(
      payload.findVersions({
        collection: ARTICLES,
        where: { parent: { equals: article.id } },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('should not reveal who created an article', async () => {
    const article = await fixtures.article({}, { user: editor })
    const { docs } = await anonymousFind(article.id)
    expect(docs[0]).toBeDefined()
    expect(docs[0]).not.toHaveProperty('createdBy')
  })
})

describe('articles: contributors', () => {
  it('should let a contributor create a draft that records them as its creator', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    expect(draft._status).toBe('draft')
    const createdBy = typeof draft.createdBy === 'object' ? draft.createdBy?.id : draft.createdBy
    expect(createdBy).toBe(contributor.id)
  })

  it('should refuse a contributor creating an article already published', async () => {
    await expect(fixtures.article({ _status: 'published' }, { user: contributor })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('should let a contributor edit their own draft', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      draft: true,
      data: { title: 'Contributor rewrote the headline' },
      user: contributor,
      overrideAccess: false,
    })
    expect(updated.title).toBe('Contributor rewrote the headline')
  })

  it('should refuse a contributor publishing their own draft', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: draft.id,
        data: { _status: 'published' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    const stored = await payload.findByID({ collection: ARTICLES, id: draft.id, draft: true })
    expect(stored._status).toBe('draft')
  })

  it("should refuse a contributor editing someone else's draft", async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: otherContributor })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: draft.id,
        draft: true,
        data: { title: 'Hijacked' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed|not found/i)
  })

  it('should refuse a contributor editing or deleting published work', async () => {
    const published = await fixtures.article({}, { user: editor })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: published.id,
        data: { title: 'Changed' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed|not found/i)
    await expect(
      payload.delete({
        collection: ARTICLES,
        id: published.id,
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed|not found/i)
  })
})

describe('articles: editors', () => {
  it("should let an editor publish a contributor's draft", async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const published = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    const { docs } = await anonymousFind(draft.id)
    expect(docs).toHaveLength(1)
  })

  it('should let an editor unpublish an article', async () => {
    const article = await fixtures.article({}, { user: editor })
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    const { docs } = await anonymousFind(article.id)
    expect(docs).toEqual([])
  })
})
