import path from 'node:path'

import type { Payload } from 'payload'

import { ARTICLES, AUTHORS, MEDIA, USERS } from '@collections/slugs'

/**
 * Payload for the database DATABASE_URI names now. The config is imported here, not at the top:
 * it reads DATABASE_URI when first imported, and `ownPayload` changes it first.
 */
async function openPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  return getPayload({ config })
}

/**
 * The real Payload on the real test database (SQLite file, or MongoDB when DATABASE_URI says so).
 * The first account of a database becomes its admin, so one is made up front: the users that
 * tests create then keep the roles the tests give them.
 */
export async function testPayload(): Promise<Payload> {
  const payload = await openPayload()
  const { totalDocs } = await payload.count({ collection: USERS })
  if (totalDocs === 0) {
    await payload.create({
      collection: USERS,
      data: {
        email: 'first-admin@dispatch.test',
        password: 'first-admin-password',
        name: 'First Admin',
        roles: ['admin'],
      },
    })
  }
  return payload
}

/** Beside the shared one: `seed` is `seed.db` next to the SQLite file, `…_seed` on MongoDB. */
function ownDatabaseUri(shared: string, name: string): string {
  if (shared.startsWith('file:')) {
    return `file:${path.join(path.dirname(shared.slice(5)), `${name}.db`)}`
  }
  const url = new URL(shared)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'dispatch'}_${name.replaceAll('-', '_')}`
  return url.toString()
}

/**
 * Payload on an empty database of the caller's own, with no first admin: for tests of what
 * happens in a newsroom nobody has used yet. `dispose` empties it and points DATABASE_URI back.
 */
export async function ownPayload(
  name: string,
): Promise<{ payload: Payload; dispose(): Promise<void> }> {
  const shared = process.env.DATABASE_URI
  process.env.DATABASE_URI = ownDatabaseUri(shared ?? '', name)
  const payload = await openPayload()
  return {
    payload,
    async dispose() {
      for (const collection of [ARTICLES, AUTHORS, MEDIA, USERS] as const) {
        await payload.delete({ collection, where: { id: { exists: true } } })
      }
      process.env.DATABASE_URI = shared
    },
  }
}
