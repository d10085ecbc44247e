import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES, USERS } from '@collections/slugs'
import { env } from '@/platform/env'
import type { Article, User } from '@/payload-types'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', contributor: 'contributor', otherContributor: 'contributor' },
})
const { editor, contributor, otherContributor } = users

const tokens = new Map<string, string>()
beforeAll(async () => {
  for (const user of [editor, contributor, otherContributor]) {
    const login = await payload.login({
      collection: USERS,
      data: { email: user.email, password: 'correct-horse-battery' },
    })
    tokens.set(user.id, login.token ?? '')
  }
})

const as = (user: User) => ({ authorization: `JWT ${tokens.get(user.id)}` })

/** Who the stored document (the latest draft, or the published one) says started it. */
async function startedBy(id: string, draft: boolean): Promise<string | null | undefined> {
  const doc = await payload.findByID({ collection: ARTICLES, id, draft, depth: 0 })
  return doc.createdBy as string | null | undefined
}

/** A contributor's draft with two versions: the first titled `v1`. */
async function draftWithTwoVersions(): Promise<{ article: Article; firstVersion: string }> {
  const article = await fixtures.article(
    { _status: 'draft', title: unique('v1') },
    { user: contributor },
  )
  const edited = await rest(`/api/${ARTICLES}/${article.id}?draft=true`, {
    method: 'PATCH',
    headers: as(contributor),
    body: { title: unique('v2') },
  })
  expect(edited.status).toBe(200)
  const { docs } = await payload.findVersions({
    collection: ARTICLES,
    where: { parent: { equals: article.id }, 'version.title': { equals: article.title } },
    limit: 1,
  })
  return { article, firstVersion: String(docs[0]?.id) }
}

const graphql = (user: User, query: string) =>
  GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(user) },
      body: JSON.stringify({ query }),
    }),
  )

describe(`who started an article is kept for good (${env.database.kind})`, () => {
  it('should keep createdBy through restore as draft, publish and unpublish, and the author still edits', async () => {
    const { article, firstVersion } = await draftWithTwoVersions()
    const restored = await rest(`/api/${ARTICLES}/versions/${firstVersion}?draft=true`, {
      method: 'POST',
      headers: as(contributor),
    })
    expect(restored.status).toBe(200)
    expect(await startedBy(article.id, true)).toBe(contributor.id)

    const published = await rest(`/api/${ARTICLES}/${article.id}`, {
      method: 'PATCH',
      headers: as(editor),
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(await startedBy(article.id, false)).toBe(contributor.id)

    const unpublished = await rest(`/api/${ARTICLES}/${article.id}`, {
      method: 'PATCH',
      headers: as(editor),
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect(await startedBy(article.id, true)).toBe(contributor.id)

    const ownEdit = await rest(`/api/${ARTICLES}/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: as(contributor),
      body: { title: unique('v3') },
    })
    expect(ownEdit.status).toBe(200)
    const ownRead = await rest(`/api/${ARTICLES}/${article.id}?draft=true`, {
      headers: as(contributor),
    })
    expect(ownRead.status).toBe(200)
  })

  it("should keep createdBy when an editor restores a published story's version", async () => {
    const article = await fixtures.article({}, { user: editor })
    await payload.update({ collection: ARTICLES, id: article.id, data: { title: unique('new') } })
    const { docs } = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      limit: 1,
    })
    const restored = await rest(`/api/${ARTICLES}/versions/${docs[0]?.id}?draft=true`, {
      method: 'POST',
      headers: as(editor),
    })
    expect(restored.status).toBe(200)
    expect(await startedBy(article.id, true)).toBe(editor.id)
    const restoredLive = await rest(`/api/${ARTICLES}/versions/${docs[0]?.id}`, {
      method: 'POST',
      headers: as(editor),
    })
    expect(restoredLive.status).toBe(200)
    expect(await startedBy(article.id, false)).toBe(editor.id)
  })

  it('should keep createdBy through GraphQL restoreVersionArticle', async () => {
    const { article, firstVersion } = await draftWithTwoVersions()
    const response = await graphql(
      contributor,
      `mutation { restoreVersionArticle(id: "${firstVersion}", draft: true) { id } }`,
    )
    const raw = (await response.json()) as { errors?: unknown[] } | unknown[]
    expect(Array.isArray(raw) ? raw : raw.errors).toBeUndefined()
    expect(await startedBy(article.id, true)).toBe(contributor.id)
  })

  it("should ignore createdBy sent as null or as another user's id in a PATCH", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    for (const [user, createdBy] of [
      [contributor, null],
      [contributor, otherContributor.id],
      [editor, null],
      [editor, editor.id],
    ] as const) {
      const response = await rest(`/api/${ARTICLES}/${article.id}?draft=true`, {
        method: 'PATCH',
        headers: as(user),
        body: { title: unique('claimed'), createdBy },
      })
      expect(response.status).toBe(200)
      expect(await startedBy(article.id, true)).toBe(contributor.id)
    }
  })

  it('should keep createdAt when a PATCH or a create sends one', async () => {
    const created = await rest(`/api/${ARTICLES}?draft=true`, {
      method: 'POST',
      headers: as(contributor),
      body: {
        title: unique('back-dated'),
        _status: 'draft',
        createdAt: '2001-01-01T00:00:00.000Z',
      },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Article }
    fixtures.track(ARTICLES, doc.id)
    expect(Date.parse(doc.createdAt)).toBeGreaterThan(Date.now() - 60_000)
    const patched = await rest(`/api/${ARTICLES}/${doc.id}?draft=true`, {
      method: 'PATCH',
      headers: as(editor),
      body: { createdAt: '2099-01-01T00:00:00.000Z' },
    })
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: ARTICLES, id: doc.id, draft: true })
    expect(stored.createdAt).toBe(doc.createdAt)
  })

  it('should keep createdBy when the server itself updates or publishes the story', async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { createdBy: null, _status: 'published' },
    })
    expect(await startedBy(article.id, false)).toBe(contributor.id)
  })

  it('should make a duplicate belong to whoever duplicated it', async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const copy = await rest(`/api/${ARTICLES}/${article.id}/duplicate?draft=true`, {
      method: 'POST',
      headers: as(editor),
    })
    expect(copy.status).toBe(200)
    const { doc } = (await copy.json()) as { doc: Article }
    fixtures.track(ARTICLES, doc.id)
    expect(await startedBy(doc.id, true)).toBe(editor.id)
    expect(await startedBy(article.id, true)).toBe(contributor.id)
  })
})
