import type { Payload } from 'payload'

import { env } from '@/platform/env'
import { migrations } from '@/platform/database/migrations'

/** The generated migrations are typed for the SQLite adapter; the base adapter's type is looser. */
type AdapterMigrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * SQLite's schema comes only from the committed migrations, applied here on every start
 * (development and production alike), so nothing depends on Payload's dev-mode schema push.
 * MongoDB needs none: its indexes are ensured by the adapter on connect.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (env.database.kind !== 'sqlite') return
  await payload.db.migrate({ migrations: migrations as unknown as AdapterMigrations })
}
