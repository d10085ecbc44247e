import type { AfterErrorHook } from 'payload'

type CastError = Error & { path?: unknown; kind?: unknown }

/**
 * MongoDB only: a value that cannot become the field's type (an id with a comma, which Payload
 * splits into a list, is no ObjectId) fails in Mongoose with a CastError, which Payload answered
 * with 500. It is the caller's mistake: a 400 that names the field.
 */
export const answerCastErrors: AfterErrorHook = ({ error }) => {
  if (error.name !== 'CastError') return
  const { path, kind } = error as CastError
  const field = typeof path === 'string' ? path.replace(/^_id$/, 'id') : 'a field'
  const type = typeof kind === 'string' ? kind : 'value'
  return {
    status: 400,
    response: { errors: [{ message: `The value given for ${field} is not a valid ${type}.` }] },
  }
}
