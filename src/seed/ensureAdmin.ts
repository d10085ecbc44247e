import type { Payload } from 'payload'

import { USERS } from '@collections/slugs'

/** Creates the configured admin when no account exists yet; never touches existing accounts. */
export async function ensureAdmin(
  payload: Payload,
  admin: { email: string; password: string } | null,
): Promise<{ created: boolean; id: string | null }> {
  if (!admin) return { created: false, id: null }
  const existing = await payload.find({
    collection: USERS,
    where: { email: { equals: admin.email.toLowerCase() } },
    limit: 1,
    depth: 0,
  })
  const found = existing.docs[0]
  if (found) return { created: false, id: found.id }
  const { totalDocs } = await payload.count({ collection: USERS })
  if (totalDocs > 0) return { created: false, id: null }
  const user = await payload.create({
    collection: USERS,
    data: { email: admin.email, password: admin.password, name: 'Site Admin', roles: ['admin'] },
  })
  return { created: true, id: user.id }
}
