import type { Payload } from 'payload'

const OBJECT_ID = /^[0-9a-f]{24}$/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type IdAdapter = { name: string; idType?: unknown }

/**
 * Whether a value has the form of a document id on the active adapter: a 24-hex ObjectId on
 * MongoDB; on SQLite the adapter's id type (uuid text here, whole numbers if it were serial).
 * Anything else would reach the database as a cast or type error (a 500).
 */
export function idShapeOf(payload: Payload): (value: unknown) => boolean {
  const db = payload.db as unknown as IdAdapter
  if (db.name === 'mongoose') return (value) => typeof value === 'string' && OBJECT_ID.test(value)
  if (db.idType === 'uuid') return (value) => typeof value === 'string' && UUID.test(value)
  return (value) =>
    (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
    (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value))
}
