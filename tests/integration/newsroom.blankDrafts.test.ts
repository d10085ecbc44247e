import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, users } = await setupNewsroom({
  users: { editor: 'editor', colleague: 'editor' },
})
const { editor, colleague } = users

/** What Payload's admin does when "Create New" opens on a collection with autosave. */
const openCreateNew = (user: typeof editor) =>
  payload.create({
    collection: ARTICLES,
    data: {},
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
  })

const exists = async (id: number | string) =>
  (
    await payload.count({
      collection: ARTICLES,
      where: { id: { equals: id } },
      overrideAccess: true,
    })
  ).totalDocs === 1

describe('"Create New" and blank drafts', () => {
  it('should remove the blank drafts an editor opened and left when they start another', async () => {
    const first = await openCreateNew(editor)
    const second = await openCreateNew(editor)
    const current = await openCreateNew(editor)

    expect(await exists(first.id)).toBe(false)
    expect(await exists(second.id)).toBe(false)
    expect(await exists(current.id)).toBe(true)
  })

  it('should keep a draft that has anything typed in it, and other people’s blank drafts', async () => {
    const typed = await openCreateNew(editor)
    await payload.update({
      collection: ARTICLES,
      id: typed.id,
      data: { excerpt: unique('A dek before the headline') },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const theirs = await openCreateNew(colleague)
    await openCreateNew(editor)

    expect(await exists(typed.id)).toBe(true)
    expect(await exists(theirs.id)).toBe(true)
  })
})
