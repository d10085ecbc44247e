import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { USERS } from '@collections/slugs'
import type { User } from '@/payload-types'
import { passwordProblem } from '@/platform/security/passwordRules'

/** Every way a password is set: first sign-up, new accounts, a change, a reset by token. */
const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Payload 3 has no password policy and hashes whatever it is given; this refuses weak new
 * passwords before any operation that stores one (a hook on `beforeOperation`, since a reset by
 * token never reaches `beforeValidate` with the password).
 */
export const enforcePasswordRules: CollectionBeforeOperationHook<typeof USERS> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const data: unknown = 'data' in args ? args.data : null
  if (!SETS_PASSWORD.has(operation) || !isRecord(data)) return args
  const { password } = data
  if (typeof password !== 'string' || password === '') return args

  let email = typeof data.email === 'string' ? data.email : null
  // A change by id (the account screen): the address is the stored one.
  if (!email && 'id' in args && args.id !== undefined) {
    const user = await req.payload.db.findOne<User>({
      collection: USERS,
      where: { id: { equals: args.id } },
      req,
    })
    email = user?.email ?? null
  }

  const problem = passwordProblem(password, email)
  if (problem) {
    // Not a ValidationError: its message would only say "The following field is invalid:
    // password", and the admin shows the message. The data has ValidationError's shape.
    const errors = [{ message: problem, path: 'password' }]
    throw new APIError(problem, 400, { collection: collection.slug, errors }, true)
  }
  return args
}
