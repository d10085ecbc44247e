import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { ARTICLES, USERS } from '@collections/slugs'
import { env } from '@/platform/env'
import type { User } from '@/payload-types'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

/** Payload's collection of edit locks (a save by anyone else answers 423 while one is fresh). */
const LOCKS = 'payload-locked-documents'

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

afterEach(async () => {
  vi.useRealTimers()
  await payload.delete({ collection: LOCKS, where: { id: { exists: true } } })
})

const as = (user: User) => ({ authorization: `JWT ${tokens.get(user.id)}` })

/** What a client does to lock an article: POST a lock in its own name, as the admin's API does. */
const lock = (user: User, articleId: string, owner: User = user) =>
  rest(`/api/${LOCKS}`, {
    method: 'POST',
    headers: as(user),
    body: {
      document: { relationTo: ARTICLES, value: articleId },
      user: { relationTo: USERS, value: owner.id },
    },
  })

const locksOn = async (articleId: string) =>
  (
    await payload.find({
      collection: LOCKS,
      where: { 'document.value': { equals: articleId } },
      depth: 0,
    })
  ).docs

/** An editor's save through REST, honouring locks as the admin's saves do. */
const editorSaves = (articleId: string) =>
  rest(`/api/${ARTICLES}/${articleId}`, {
    method: 'PATCH',
    headers: as(editor),
    body: { title: unique('Edited by the desk') },
  })

describe(`document locks (${env.database.kind})`, () => {
  it("should refuse a contributor's lock on an editor's article, and the editor still saves", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: editor })
    const refused = await lock(contributor, article.id)
    expect(refused.status).toBe(403)
    expect(await locksOn(article.id)).toEqual([])
    expect((await editorSaves(article.id)).status).toBe(200)
  })

  it("should refuse a contributor's lock on a published article", async () => {
    const article = await fixtures.article()
    expect((await lock(contributor, article.id)).status).toBe(403)
    expect((await editorSaves(article.id)).status).toBe(200)
  })

  it("should refuse a contributor's lock on another contributor's draft", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: otherContributor })
    expect((await lock(contributor, article.id)).status).toBe(403)
    expect(await locksOn(article.id)).toEqual([])
  })

  it('should let a contributor lock their own draft, in their own name only', async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    // A lock claimed in an editor's name is recorded in the caller's.
    const locked = await lock(contributor, article.id, editor)
    expect(locked.status).toBe(201)
    const [stored] = await locksOn(article.id)
    expect(stored?.user).toEqual({ relationTo: USERS, value: contributor.id })
    // The lock holds against the desk while it is fresh, as Payload intends.
    expect((await editorSaves(article.id)).status).toBe(423)
  })

  it("should refuse moving a contributor's lock onto an editor's article", async () => {
    const own = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const desk = await fixtures.article({ _status: 'draft' }, { user: editor })
    const { doc } = (await (await lock(contributor, own.id)).json()) as { doc: { id: string } }
    const moved = await rest(`/api/${LOCKS}/${doc.id}`, {
      method: 'PATCH',
      headers: as(contributor),
      body: { document: { relationTo: ARTICLES, value: desk.id } },
    })
    expect(moved.status).toBe(403)
    expect(await locksOn(desk.id)).toEqual([])
    expect((await editorSaves(desk.id)).status).toBe(200)
  })

  it("should refuse a contributor's lock made through GraphQL", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: editor })
    const query = `mutation { createPayloadLockedDocument(data: {
      document: { relationTo: articles, value: "${article.id}" },
      user: { relationTo: users, value: "${contributor.id}" } }) { id } }`
    const response = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as(contributor) },
        body: JSON.stringify({ query }),
      }),
    )
    // graphql-http under Vitest may send the bare error list (see contentApi.payloadLockdown).
    const raw = (await response.json()) as { errors?: unknown[] } | unknown[]
    const errors = Array.isArray(raw) ? raw : raw.errors
    expect(errors?.length).toBeGreaterThan(0)
    expect(await locksOn(article.id)).toEqual([])
  })

  it("should refuse a lock written by the admin's form state for an article the user may not edit", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: editor })
    // The admin's form-state server function writes locks straight to the database.
    await expect(
      payload.db.create({
        collection: LOCKS,
        data: {
          document: { relationTo: ARTICLES, value: article.id },
          user: { relationTo: USERS, value: contributor.id },
        },
      }),
    ).rejects.toThrow()
    expect(await locksOn(article.id)).toEqual([])
    expect((await editorSaves(article.id)).status).toBe(200)
  })

  it('should let an editor lock any article', async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    expect((await lock(editor, article.id)).status).toBe(201)
  })
})

describe(`removing and inventing locks (${env.database.kind})`, () => {
  it("should refuse a contributor removing an editor's lock on work they may not edit", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: editor })
    const created = await lock(editor, article.id)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string } }
    const removed = await rest(`/api/${LOCKS}/${doc.id}`, {
      method: 'DELETE',
      headers: as(contributor),
    })
    expect(removed.status).toBe(403)
    expect(await locksOn(article.id)).toHaveLength(1)
    // The lock's owner still lets go of it.
    const released = await rest(`/api/${LOCKS}/${doc.id}`, {
      method: 'DELETE',
      headers: as(editor),
    })
    expect(released.status).toBe(200)
  })

  it('should refuse a lock on a global the site does not have', async () => {
    const response = await rest(`/api/${LOCKS}`, {
      method: 'POST',
      headers: as(contributor),
      body: { globalSlug: 'site-settings', user: { relationTo: USERS, value: contributor.id } },
    })
    expect(response.status).toBe(403)
  })
})

/** Payload's default: a lock untouched for this long no longer holds anyone back. */
const LOCK_DURATION_MS = 300_000

const FORGED = '2099-01-01T00:00:00.000Z'

describe(`a lock's times are the server's (${env.database.kind})`, () => {
  it('should replace forged createdAt and updatedAt by now, on create and on update', async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const before = Date.now()
    const created = await rest(`/api/${LOCKS}`, {
      method: 'POST',
      headers: as(contributor),
      body: {
        document: { relationTo: ARTICLES, value: article.id },
        globalSlug: null,
        createdAt: FORGED,
        updatedAt: FORGED,
      },
    })
    expect(created.status).toBe(201)
    const [stored] = await locksOn(article.id)
    for (const time of [stored?.createdAt, stored?.updatedAt]) {
      expect(Date.parse(String(time))).toBeGreaterThanOrEqual(before - 1000)
      expect(Date.parse(String(time))).toBeLessThanOrEqual(Date.now() + 1000)
    }
    const touched = await rest(`/api/${LOCKS}/${stored?.id}`, {
      method: 'PATCH',
      headers: as(contributor),
      body: { createdAt: FORGED, updatedAt: FORGED },
    })
    expect(touched.status).toBe(200)
    const [again] = await locksOn(article.id)
    expect(again?.createdAt).toBe(stored?.createdAt)
    expect(Date.parse(String(again?.updatedAt))).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it("should let the desk save once a forged lock is older than Payload's lock duration", async () => {
    const article = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const created = await rest(`/api/${LOCKS}`, {
      method: 'POST',
      headers: as(contributor),
      body: { document: { relationTo: ARTICLES, value: article.id }, updatedAt: FORGED },
    })
    expect(created.status).toBe(201)
    expect((await editorSaves(article.id)).status).toBe(423)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + LOCK_DURATION_MS + 1000 })
    expect((await editorSaves(article.id)).status).toBe(200)
    const removed = await rest(`/api/${ARTICLES}/${article.id}`, {
      method: 'DELETE',
      headers: as(editor),
    })
    expect(removed.status).toBe(200)
  })
})
