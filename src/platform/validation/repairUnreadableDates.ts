import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload } from 'payload'

import * as SLUGS from '../../../collections/slugs'
import { REPAIRS } from '../../../collections/slugs'

type BadDate = { id: string; value: string }

/** `publishedAt` → `published_at`: how the SQLite adapter names tables and columns. */
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/** Where a field's dates live on SQLite: the document's row, and its versions' rows if any. */
function sqliteColumns(payload: Payload, collection: CollectionSlug, field: string) {
  const table = snakeCase(collection)
  const own = { table, column: snakeCase(field), idColumn: 'id' }
  if (!payload.collections[collection].config.versions) return [own]
  return [
    own,
    { table: `_${table}_v`, column: `version_${snakeCase(field)}`, idColumn: 'parent_id' },
  ]
}

/** Clears every value of one date field that is no date, and says which they were. */
async function clearBadDates(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
): Promise<BadDate[]> {
  if (payload.db.name === 'mongoose') {
    const adapter = payload.db as unknown as MongooseAdapter
    const stores = [{ model: adapter.collections[collection], path: field }]
    if (payload.collections[collection].config.versions) {
      stores.push({ model: adapter.versions[collection], path: `version.${field}` })
    }
    const found: BadDate[] = []
    for (const { model, path } of stores) {
      if (!model) continue
      const filter = { [path]: { $exists: true, $ne: null, $not: { $type: 'date' } } }
      const docs = await model.collection
        .find(filter)
        .project({ _id: 1, parent: 1, [path]: 1 })
        .toArray()
      await model.collection.updateMany(filter, { $set: { [path]: null } })
      for (const doc of docs) {
        const value = path.startsWith('version.') ? doc.version?.[field] : doc[field]
        found.push({ id: String(doc.parent ?? doc._id), value: String(value) })
      }
    }
    return found
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  const found: BadDate[] = []
  for (const { table, column, idColumn } of sqliteColumns(payload, collection, field)) {
    const bad = `"${column}" IS NOT NULL AND julianday("${column}") IS NULL`
    const { rows } = await client.execute(
      `SELECT "${idColumn}" AS id, "${column}" AS value FROM "${table}" WHERE ${bad}`,
    )
    await client.execute(`UPDATE "${table}" SET "${column}" = NULL WHERE ${bad}`)
    found.push(...rows.map((row) => ({ id: String(row.id), value: String(row.value) })))
  }
  return found
}

/**
 * Documents written before every value was checked may hold a date that is no date. The SQLite
 * adapter turns every date into an ISO string while it reads, before any hook of ours runs, so
 * such a document answered 500 everywhere: REST, the admin's edit view, its page. No hook can
 * catch that, so at start-up each such value is moved aside: the field is emptied (the story
 * opens again, undated, and an editor can set the date) and what it held goes to the log and to
 * a `repairs` entry in the admin.
 */
export async function repairUnreadableDates(payload: Payload): Promise<number> {
  let repaired = 0
  for (const slug of Object.values(SLUGS)) {
    for (const field of payload.collections[slug].config.flattenedFields) {
      if (field.type !== 'date' || field.virtual) continue
      for (const { id, value } of await clearBadDates(payload, slug, field.name)) {
        const summary = `${slug}.${field.name} of ${id} held "${value}", which is no date: emptied`
        payload.logger.warn({ msg: summary, collection: slug, field: field.name, id, value })
        await payload.create({
          collection: REPAIRS,
          data: {
            summary,
            documentCollection: slug,
            documentId: id,
            field: field.name,
            originalValue: value,
          },
          overrideAccess: true,
        })
        repaired++
      }
    }
  }
  return repaired
}
