import { describe, expect, it } from 'vitest'

import { ARTICLES, AUTHORS, MEDIA, USERS } from '@collections/slugs'
import type { User } from '@/payload-types'
import { runDueJobs } from '@/platform/jobs/runDueJobs'

import { setupNewsroom } from '../support/newsroom'
import { schedule } from '../support/schedule'

const { payload, fixtures, users } = await setupNewsroom({
  users: { contributor: 'contributor', editor: 'editor', admin: 'admin' },
})
const { contributor, editor, admin } = users

const as = (user: User) => ({ user, overrideAccess: false }) as const
const stored = (id: string) => payload.findByID({ collection: ARTICLES, id, draft: true })

describe('contributors on the desk', () => {
  it('should let a contributor submit their own draft for review', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      draft: true,
      data: { workflow: 'in-review' },
      ...as(contributor),
    })
    expect(updated.workflow).toBe('in-review')
  })

  it('should refuse a contributor marking a story ready', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: draft.id,
        draft: true,
        data: { workflow: 'ready' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/workflow/i)
    expect((await stored(draft.id)).workflow).toBe('draft')
  })

  it('should refuse a contributor unpublishing a published story', async () => {
    const article = await fixtures.article({}, { user: editor })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: article.id,
        data: { _status: 'draft' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed|not found/i)
    expect((await stored(article.id))._status).toBe('published')
  })

  it('should refuse a contributor deleting their own story once it is published', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await payload.update({ collection: ARTICLES, id: draft.id, data: { _status: 'published' } })
    await expect(
      payload.delete({ collection: ARTICLES, id: draft.id, ...as(contributor) }),
    ).rejects.toThrow(/not allowed|not found/i)
  })

  it('should let a contributor delete their own unpublished draft', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await payload.delete({ collection: ARTICLES, id: draft.id, ...as(contributor) })
    await expect(stored(draft.id)).rejects.toThrow(/not found/i)
  })

  it('should refuse a contributor queueing a scheduled publish', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await expect(
      schedule(payload, {
        articleId: draft.id,
        user: contributor,
        at: new Date(Date.now() + 60_000),
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it("should not publish a contributor's scheduled publish when it comes due", async () => {
    // The admin's schedule drawer queues jobs without asking; the job runs as the person who
    // scheduled it, so the publish is refused then.
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    await schedule(payload, { articleId: draft.id, user: contributor, at: new Date() })
    const summary = await runDueJobs(payload)
    expect(summary.failed).toBeGreaterThanOrEqual(1)
    expect((await stored(draft.id))._status).toBe('draft')
  })

  it('should let a contributor upload a picture but not edit or delete one', async () => {
    const image = await fixtures.image()
    await expect(
      payload.update({
        collection: MEDIA,
        id: image.id,
        data: { alt: 'Changed' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.delete({ collection: MEDIA, id: image.id, ...as(contributor) }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('should refuse a contributor editing an author', async () => {
    const author = await fixtures.author()
    await expect(
      payload.update({
        collection: AUTHORS,
        id: author.id,
        data: { role: 'Editor' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it("should not show a contributor an editor's email", async () => {
    await expect(
      payload.findByID({ collection: USERS, id: editor.id, ...as(contributor) }),
    ).rejects.toThrow(/not found|not allowed/i)
  })
})

describe('editors on the desk', () => {
  it('should let an editor mark a story ready', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      draft: true,
      data: { workflow: 'ready' },
      ...as(editor),
    })
    expect(updated.workflow).toBe('ready')
  })

  it('should move a story to ready when it is published', async () => {
    const draft = await fixtures.article(
      { _status: 'draft', workflow: 'in-review' },
      { user: contributor },
    )
    const published = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(published.workflow).toBe('ready')
  })

  it('should let an editor queue a scheduled publish', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const job = await schedule(payload, {
      articleId: draft.id,
      user: editor,
      at: new Date(Date.now() + 3_600_000),
      overrideAccess: false,
    })
    expect(job.taskSlug).toBe('schedulePublish')
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('should let an editor delete a published story', async () => {
    const article = await fixtures.article()
    await payload.delete({ collection: ARTICLES, id: article.id, ...as(editor) })
    await expect(stored(article.id)).rejects.toThrow(/not found/i)
  })

  it("should refuse an editor changing someone's role", async () => {
    const updated = await payload
      .update({
        collection: USERS,
        id: contributor.id,
        data: { roles: ['admin'] },
        ...as(editor),
      })
      .catch((err: Error) => err)
    const after = await payload.findByID({ collection: USERS, id: contributor.id })
    expect(after.roles).toEqual(['contributor'])
    expect(updated).toBeInstanceOf(Error)
  })
})

describe('the last admin', () => {
  /** Leaves `keep` as the only admin for the test, then gives the others their role back. */
  async function withOnlyAdmin(keep: User, test: () => Promise<void>) {
    const { docs } = await payload.find({
      collection: USERS,
      where: { and: [{ roles: { in: ['admin'] } }, { id: { not_equals: keep.id } }] },
      pagination: false,
    })
    for (const other of docs) {
      await payload.update({ collection: USERS, id: other.id, data: { roles: ['editor'] } })
    }
    try {
      await test()
    } finally {
      for (const other of docs) {
        await payload.update({ collection: USERS, id: other.id, data: { roles: other.roles } })
      }
    }
  }

  it('should refuse demoting the last admin, even with full access', async () => {
    await withOnlyAdmin(admin, async () => {
      await expect(
        payload.update({ collection: USERS, id: admin.id, data: { roles: ['editor'] } }),
      ).rejects.toThrow(/last admin|roles/i)
    })
    expect((await payload.findByID({ collection: USERS, id: admin.id })).roles).toEqual(['admin'])
  })

  it('should refuse deleting the last admin, even their own account', async () => {
    await withOnlyAdmin(admin, async () => {
      await expect(
        payload.delete({ collection: USERS, id: admin.id, ...as(admin) }),
      ).rejects.toThrow(/last admin/i)
    })
    expect((await payload.findByID({ collection: USERS, id: admin.id })).roles).toEqual(['admin'])
  })

  it('should let an admin demote another admin while one remains', async () => {
    const second = await fixtures.user('admin')
    const updated = await payload.update({
      collection: USERS,
      id: second.id,
      data: { roles: ['editor'] },
      ...as(admin),
    })
    expect(updated.roles).toEqual(['editor'])
  })
})
