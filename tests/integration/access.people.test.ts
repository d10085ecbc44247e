import type { RequiredDataFromCollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { AUTHORS, USERS } from '@collections/slugs'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({
  users: { admin: 'admin', editor: 'editor', contributor: 'contributor' },
})
const { admin, editor, contributor } = users

describe('authors', () => {
  it('should show authors to anonymous callers without their email', async () => {
    const author = await fixtures.author({ email: 'private.reporter@dispatch.test' })
    const found = await payload.findByID({
      collection: AUTHORS,
      id: author.id,
      overrideAccess: false,
    })
    expect(found.name).toBe(author.name)
    expect(found).not.toHaveProperty('email')
  })

  it("should show an author's email to the newsroom", async () => {
    const author = await fixtures.author({ email: 'desk.reporter@dispatch.test' })
    const found = await payload.findByID({
      collection: AUTHORS,
      id: author.id,
      user: contributor,
      overrideAccess: false,
    })
    expect(found.email).toBe('desk.reporter@dispatch.test')
  })

  it('should refuse a contributor creating an author', async () => {
    await expect(
      payload.create({
        collection: AUTHORS,
        data: { name: 'Self-made Author', slug: '' },
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('users', () => {
  it('should refuse anonymous callers listing users', async () => {
    await expect(payload.find({ collection: USERS, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('should let a contributor see only their own account', async () => {
    const { docs } = await payload.find({
      collection: USERS,
      user: contributor,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.id)).toEqual([contributor.id])
  })

  it('should let an admin see every account and its email', async () => {
    const found = await payload.findByID({
      collection: USERS,
      id: editor.id,
      user: admin,
      overrideAccess: false,
    })
    expect(found.email).toBe(editor.email)
  })

  it('should refuse a contributor raising their own role', async () => {
    await payload.update({
      collection: USERS,
      id: contributor.id,
      data: { roles: ['admin'] },
      user: contributor,
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: USERS, id: contributor.id })
    expect(stored.roles).toEqual(['contributor'])
  })

  it('should refuse an admin changing their own roles', async () => {
    await payload.update({
      collection: USERS,
      id: admin.id,
      data: { roles: ['contributor'] },
      user: admin,
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: USERS, id: admin.id })
    expect(stored.roles).toEqual(['admin'])
  })

  it("should let an admin change someone else's roles", async () => {
    const updated = await payload.update({
      collection: USERS,
      id: contributor.id,
      data: { roles: ['editor'] },
      user: admin,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['editor'])
    await payload.update({
      collection: USERS,
      id: contributor.id,
      data: { roles: ['contributor'] },
    })
  })

  it('should refuse an editor creating accounts', async () => {
    await expect(
      payload.create({
        collection: USERS,
        data: {
          email: 'new.person@dispatch.test',
          password: 'long-enough-pass',
          name: 'New Person',
          roles: ['contributor'],
        },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('should give new accounts the contributor role by default', async () => {
    const user = await payload.create({
      collection: USERS,
      // No roles on purpose: the generated type requires them, the collection fills the default.
      data: {
        email: 'default.role@dispatch.test',
        password: 'long-enough-pass',
        name: 'Default Role',
      } as RequiredDataFromCollectionSlug<typeof USERS>,
      user: admin,
      overrideAccess: false,
    })
    fixtures.track(USERS, user.id)
    expect(user.roles).toEqual(['contributor'])
  })
})
