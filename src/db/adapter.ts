import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseConfig } from '@/env'

/** Fail fast with one clear line when MongoDB is unreachable, instead of hanging for 30 s. */
const MONGO_TIMEOUT_MS = 5000

const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

function ensureFolderOf(fileUrl: string): void {
  const file = fileUrl.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * MongoDB in production, an SQLite file by default. Both use string IDs (ObjectIDs on MongoDB,
 * UUIDs on SQLite), so no code outside this file cares which one runs. The SQLite schema comes
 * only from committed migrations (`src/migrations`), applied at start by `runMigrations`.
 */
export function databaseAdapter(database: DatabaseConfig): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    return mongooseAdapter({
      url: database.url,
      connectOptions: {
        serverSelectionTimeoutMS: MONGO_TIMEOUT_MS,
        connectTimeoutMS: MONGO_TIMEOUT_MS,
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
    busyTimeout: 5000,
  })
}
