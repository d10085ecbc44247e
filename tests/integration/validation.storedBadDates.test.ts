import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { ObjectId } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { ARTICLES, REPAIRS, USERS } from '@collections/slugs'
import { findSectionArticle } from '@/articles/reads/articles'
import { env } from '@/platform/env'
import { repairUnreadableDates } from '@/platform/validation/repairUnreadableDates'

import { rest } from '../support/rest'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const { token } = await payload.login({
  collection: USERS,
  data: { email: users.editor.email, password: 'correct-horse-battery' },
})
const asEditor = { authorization: `JWT ${token}` }

/** What a document written before dates were checked holds: text that is no date, past Payload. */
async function storeBadDate(id: string, value: string) {
  if (env.database.kind === 'mongodb') {
    const adapter = payload.db as unknown as MongooseAdapter
    const _id = new ObjectId(id)
    await adapter.collections[ARTICLES]?.collection.updateOne(
      { _id },
      { $set: { publishedAt: value } },
    )
    await adapter.versions[ARTICLES]?.collection.updateMany(
      { parent: { $in: [_id, id] } },
      { $set: { 'version.publishedAt': value } },
    )
    return
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  await client.execute({
    sql: 'UPDATE articles SET published_at = ? WHERE id = ?',
    args: [value, id],
  })
  await client.execute({
    sql: 'UPDATE _articles_v SET version_published_at = ? WHERE parent_id = ?',
    args: [value, id],
  })
}

describe('a story that holds a date that is no date', () => {
  it('should be unreadable while the value is stored (what the repair is for)', async () => {
    const article = await fixtures.article()
    await storeBadDate(article.id, 'not a date')
    try {
      const response = await rest(`/api/articles/${article.id}`, { headers: asEditor })
      if (env.database.kind === 'sqlite') {
        // The SQLite adapter parses the date while it reads: every door answers 500.
        expect(response.status).toBe(500)
      } else {
        // MongoDB hands the text back as it is: a "date" that no page or form can use.
        expect(response.status).toBe(200)
        const { publishedAt } = (await response.json()) as { publishedAt?: unknown }
        expect(publishedAt).toBe('not a date')
      }
    } finally {
      await payload.db.updateOne({
        collection: ARTICLES,
        id: article.id,
        data: { publishedAt: article.publishedAt },
      })
      await repairUnreadableDates(payload)
    }
  })

  it('should open again after the start-up repair, undated, with the old value kept', async () => {
    const article = await fixtures.article()
    await storeBadDate(article.id, 'not a date')

    expect(await repairUnreadableDates(payload)).toBeGreaterThanOrEqual(1)

    const response = await rest(`/api/articles/${article.id}?draft=true`, { headers: asEditor })
    expect(response.status).toBe(200)
    expect(
      ((await response.json()) as { publishedAt?: string | null }).publishedAt ?? null,
    ).toBeNull()
    // Its public page: a story without a date is not published, so readers get the 404.
    expect(await findSectionArticle(article.slug)).toBeNull()

    const repairs = await payload.find({
      collection: REPAIRS,
      where: { documentId: { equals: article.id } },
    })
    expect(
      repairs.docs.map(({ field, originalValue }) => ({ field, originalValue })),
    ).toContainEqual({
      field: 'publishedAt',
      originalValue: 'not a date',
    })
    // The story and its versions (the admin's history and drafts read those): each repaired.
    expect(repairs.docs.length).toBeGreaterThanOrEqual(2)
    const versions = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      depth: 0,
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    expect(versions.docs.map(({ version }) => version.publishedAt ?? null)).not.toContain(
      'not a date',
    )
    for (const repair of repairs.docs) await payload.delete({ collection: REPAIRS, id: repair.id })
  })
})
