import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'

import * as SLUGS from '../../../collections/slugs'

/** Enough to name the problem in the log without reading a whole archive at start-up. */
const MAX_PER_FIELD = 20

type UnreadableDates = { collection: string; field: string; ids: string[] }

/** `publishedAt` → `published_at`: how the SQLite adapter names tables and columns. */
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

async function idsWithUnreadableDate(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
): Promise<string[]> {
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as MongooseAdapter).collections[collection]
    if (!model) return []
    const docs = await model.collection
      .find({ [field]: { $exists: true, $ne: null, $not: { $type: 'date' } } })
      .project({ _id: 1 })
      .limit(MAX_PER_FIELD)
      .toArray()
    return docs.map(({ _id }) => String(_id))
  }
  const column = `"${snakeCase(field)}"`
  const { rows } = await (payload.db as unknown as SQLiteAdapter).client.execute(
    `SELECT id FROM "${snakeCase(collection)}" WHERE ${column} IS NOT NULL AND julianday(${column}) IS NULL LIMIT ${MAX_PER_FIELD}`,
  )
  return rows.map((row) => String(row.id))
}

/**
 * Documents written before every value was checked may hold a date that is no date, which the
 * SQLite adapter cannot read back (a 500 on every read of that document). Looks at the top-level
 * date fields of every collection, the newsroom's own collections, at most 20 documents each, so the log says what to repair.
 */
export async function findUnreadableDates(payload: Payload): Promise<UnreadableDates[]> {
  const found: UnreadableDates[] = []
  for (const slug of Object.values(SLUGS)) {
    const { flattenedFields } = payload.collections[slug].config
    for (const field of flattenedFields) {
      if (field.type !== 'date' || field.virtual) continue
      const ids = await idsWithUnreadableDate(payload, slug, field.name)
      if (ids.length > 0) found.push({ collection: slug, field: field.name, ids })
    }
  }
  return found
}
