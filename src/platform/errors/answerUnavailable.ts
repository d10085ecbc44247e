import type { AfterErrorHook } from 'payload'

import { hasCredentials } from '../security/hasCredentials'

import { isDatabaseReachable } from '../database/isDatabaseReachable'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database/unavailable'

/**
 * Payload's REST and GraphQL routes answer 503 with Retry-After, not a bare 500, while the
 * database is away, so clients and load balancers know to come back shortly. Payload's sign-in
 * check swallows the database error and carries on without a user, so a signed-in caller would
 * be told 401/403 instead: that answer is checked against the database too.
 */
export const answerUnavailable: AfterErrorHook = async ({ error, req }) => {
  const status = (error as { status?: unknown }).status
  const isRefusedSignedIn = (status === 401 || status === 403) && hasCredentials(req.headers)
  const isUnavailable =
    isDatabaseUnavailable(error) || (isRefusedSignedIn && !(await isDatabaseReachable(req.payload)))
  if (!isUnavailable) return
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS) })
  return {
    status: 503,
    response: { errors: [{ message: 'The database is unavailable. Please try again shortly.' }] },
  }
}
