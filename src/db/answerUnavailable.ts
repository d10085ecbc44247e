import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable'

/**
 * Payload's REST and GraphQL routes answer 503 with Retry-After, not a bare 500, while the
 * database is away, so clients and load balancers know to come back shortly.
 */
export const answerUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  req.responseHeaders = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS) })
  return {
    status: 503,
    response: { errors: [{ message: 'The database is unavailable. Please try again shortly.' }] },
  }
}
