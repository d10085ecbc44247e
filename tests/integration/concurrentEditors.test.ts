import { Locked } from 'payload'
import { describe, expect, it } from 'vitest'

import { ARTICLES, USERS } from '@collections/slugs'
import { env } from '@/platform/env'
import type { User } from '@/payload-types'

import { unique } from '../support/fixtures'
import { rest } from '../support/rest'
import { setupNewsroom } from '../support/newsroom'

/** Payload's own collection of edit locks, written by the admin while an editor has a document open. */
const LOCKS = 'payload-locked-documents'

const { payload, fixtures, users } = await setupNewsroom({
  users: {
    first: { role: 'editor', name: 'First Editor' },
    second: { role: 'editor', name: 'Second Editor' },
  },
})
const { first, second } = users

/** What the admin does when an editor opens a document: it records a lock in their name. */
async function openInAdmin(articleId: string, editor: User) {
  return payload.create({
    collection: LOCKS,
    data: {
      document: { relationTo: ARTICLES, value: articleId },
      user: { relationTo: USERS, value: editor.id },
    },
  })
}

/** A save as REST and the admin make it: as the editor, honouring other editors' locks. */
const save = (articleId: string, editor: User, data: { title?: string; excerpt?: string }) =>
  payload.update({
    collection: ARTICLES,
    id: articleId,
    data,
    user: editor,
    overrideAccess: false,
    overrideLock: false,
  })

/** A REST PATCH as the editor, as the admin sends a save (with the `updatedAt` it loaded). */
async function patchAs(editor: User, articleId: string, body: Record<string, unknown>, query = '') {
  const { token } = await payload.login({
    collection: USERS,
    data: { email: editor.email, password: 'correct-horse-battery' },
  })
  return rest(`/api/${ARTICLES}/${articleId}${query}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}` },
    body,
  })
}

async function versionsOf(articleId: string) {
  const { docs } = await payload.findVersions({
    collection: ARTICLES,
    where: { parent: { equals: articleId } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
  })
  return docs.map((version) => version.version)
}

describe(`two editors saving the same article (${env.database.kind})`, () => {
  it("should refuse the second editor's save with 423 Locked while the first has it open", async () => {
    const article = await fixtures.article()
    const lock = await openInAdmin(article.id, first)
    try {
      const refused = await save(article.id, second, { title: unique('Second title') }).then(
        () => undefined,
        (error: unknown) => error,
      )
      expect(refused).toBeInstanceOf(Locked)
      expect(refused).toHaveProperty('status', 423)
      expect(refused).toHaveProperty(
        'message',
        `Document with ID ${article.id} is currently locked by another user and cannot be updated.`,
      )
      const stored = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
      expect(stored.title).toBe(article.title)

      // The editor holding the lock still saves.
      const title = unique('First title')
      expect((await save(article.id, first, { title })).title).toBe(title)
    } finally {
      await payload.delete({ collection: LOCKS, where: { id: { equals: lock.id } } })
    }
  })

  it('should keep both of two racing unlocked saves in the version history', async () => {
    const article = await fixtures.article()
    const title = unique('Title by the first editor')
    const excerpt = 'Excerpt by the second editor.'
    await Promise.all([save(article.id, first, { title }), save(article.id, second, { excerpt })])

    const stored = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
    // The saves ran one after the other, the second on top of the first: nothing was lost.
    expect([stored.title, stored.excerpt]).toEqual([title, excerpt])
    const versions = await versionsOf(article.id)
    expect(versions.at(-1)).toMatchObject({ title, excerpt })
    expect(versions.some((version) => version.title === title)).toBe(true)
    expect(versions.some((version) => version.excerpt === excerpt)).toBe(true)
  })

  it('should refuse with 409 the second of two REST saves based on the same version', async () => {
    const article = await fixtures.article()
    const base = article.updatedAt
    const [byFirst, bySecond] = await Promise.all([
      patchAs(first, article.id, { title: unique('First editor'), updatedAt: base }),
      patchAs(second, article.id, { excerpt: 'Second editor.', updatedAt: base }),
    ])
    expect([byFirst.status, bySecond.status].sort()).toEqual([200, 409])
    const refused = byFirst.status === 409 ? byFirst : bySecond
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message,
    ).toMatch(/Someone else saved this document/)
    const stored = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
    const accepted = byFirst.status === 200 ? byFirst : bySecond
    const { doc } = (await accepted.json()) as { doc: { title: string; excerpt: string } }
    expect([stored.title, stored.excerpt]).toEqual([doc.title, doc.excerpt])
  })

  it('should refuse with 409 a save based on an updatedAt that is no longer the latest', async () => {
    const article = await fixtures.article()
    await save(article.id, first, { title: unique('Saved in between') })
    const stale = await patchAs(second, article.id, {
      excerpt: 'Based on what was loaded before.',
      updatedAt: article.updatedAt,
    })
    expect(stale.status).toBe(409)
    const stored = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
    expect(stored.excerpt).toBe(article.excerpt)
    // Based on the latest version, the same save goes through.
    const fresh = await patchAs(second, article.id, {
      excerpt: 'Based on the latest.',
      updatedAt: stored.updatedAt,
    })
    expect(fresh.status).toBe(200)
  })

  it('should check the base against the latest draft when drafts are saved', async () => {
    const article = await fixtures.article()
    const draft = await patchAs(first, article.id, { title: unique('Draft A') }, '?draft=true')
    const { doc } = (await draft.json()) as { doc: { updatedAt: string } }
    const [a, b] = await Promise.all([
      patchAs(
        first,
        article.id,
        { title: unique('Draft B'), updatedAt: doc.updatedAt },
        '?draft=true',
      ),
      patchAs(
        second,
        article.id,
        { title: unique('Draft C'), updatedAt: doc.updatedAt },
        '?draft=true',
      ),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
  })
})
