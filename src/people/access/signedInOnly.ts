import type { FieldAccess } from 'payload'

/** Private fields (emails, internal links to accounts) never leave for anonymous callers. */
export const signedInOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
