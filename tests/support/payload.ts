import config from '@payload-config'
import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { USERS } from '@collections/slugs'

/**
 * The real Payload on the real test database (SQLite file, or MongoDB when DATABASE_URI says so).
 * The first account of a database becomes its admin, so one is made up front: the users that
 * tests create then keep the roles the tests give them.
 */
export async function testPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
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
