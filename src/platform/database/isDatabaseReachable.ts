import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** One trivial round trip to the database (within the adapter's timeouts). */
export async function isDatabaseReachable(payload: Payload): Promise<boolean> {
  try {
    // The adapters type themselves apart from the base type Payload exposes.
    if (payload.db.name === 'mongoose') {
      const { connection } = payload.db as unknown as MongooseAdapter
      await connection.getClient().db().command({ ping: 1 })
    } else {
      await (payload.db as unknown as SQLiteAdapter).client.execute('SELECT 1')
    }
    return true
  } catch {
    return false
  }
}
