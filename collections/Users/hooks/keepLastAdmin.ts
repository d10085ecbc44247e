import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import { APIError, ValidationError } from 'payload'

import { USERS } from '@collections/slugs'
import { isAdmin } from '@/people/roles'
import type { User } from '@/payload-types'

async function hasOtherAdmin(req: PayloadRequest, id: string | number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: USERS,
    where: { and: [{ roles: { in: ['admin'] } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Someone must always be able to manage people: the last admin keeps the role. */
export const keepLastAdminRole: CollectionBeforeChangeHook<User> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !data.roles) return data
  const losesAdmin = isAdmin(originalDoc) && !isAdmin({ roles: data.roles })
  if (losesAdmin && !(await hasOtherAdmin(req, originalDoc.id))) {
    throw new ValidationError({
      collection: USERS,
      errors: [
        {
          path: 'roles',
          message: `${originalDoc.name} is the last admin. Make someone else an admin first.`,
        },
      ],
      req,
    })
  }
  return data
}

export const keepLastAdminAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload
    .findByID({ collection: USERS, id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (user && isAdmin(user) && !(await hasOtherAdmin(req, id))) {
    throw new APIError(
      `${user.name} is the last admin and cannot be deleted. Make someone else an admin first.`,
      400,
      undefined,
      true,
    )
  }
}
