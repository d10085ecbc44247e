import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseConfig } from '@/platform/env'

/**
 * While running, a request that needs a MongoDB that has gone away fails after this long
 * (instead of the driver's 30 s), so readers get a 503 within 5 s even when a request makes two
 * database calls in a row (signed-in user, then the query); the driver keeps polling and
 * reconnects by itself when the server is back (docs/reliability.md). The start-up check
 * (checkMongoReachable) gives the server 5 s of its own.
 */
const MONGO_TIMEOUT_MS = 2000

const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), './migrations')

function ensureFolderOf(fileUrl: string): void {
  const file = fileUrl.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * MongoDB in production, an SQLite file by default. Both use string IDs (ObjectIDs on MongoDB,
 * UUIDs on SQLite), so no code outside this file cares which one runs. The SQLite schema comes
 * only from committed migrations (`src/platform/database/migrations`), applied at start by `runMigrations`.
 */
export function databaseAdapter(database: DatabaseConfig): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({
      url: database.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
        connectTimeoutMS: MONGO_TIMEOUT_MS,
        // A server that stops answering mid-query (rather than closing the connection).
        socketTimeoutMS: 20_000,
        // Mongoose would otherwise queue queries while disconnected (10 s) instead of failing.
        bufferCommands: false,
      },
    })
  }
  ensureFolderOf(database.url)
  return sqliteAdapter({
    client: { url: database.url },
    idType: 'uuid',
    push: false,
    migrationDir,
    wal: true,
    // A write waits this long for another process's lock, then fails (503) instead of hanging.
    busyTimeout: 3000,
    // No transactions (Payload's default here): turned on, hooks that read or write outside the
    // save's transaction wait on its lock and fail. A save is kept whole instead by checking
    // every value, relationship ids included, before the first write (docs/reliability.md).
  })
}
