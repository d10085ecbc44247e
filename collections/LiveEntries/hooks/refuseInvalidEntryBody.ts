import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { findBodyProblem } from '@/articles/body/findBodyProblem'

import { LIVE_ENTRIES } from '../../slugs'

/**
 * An entry's text is held to the article body's rules (one validator, one renderer): a node the
 * editor does not offer or a script link is refused through every door.
 */
export const refuseInvalidEntryBody: FieldHook = ({ value, siblingData, req }) => {
  const sent: unknown = siblingData.body
  if (sent === undefined || sent === null) return value
  const problem = findBodyProblem(sent)
  if (!problem) return value
  throw new ValidationError({
    collection: LIVE_ENTRIES,
    req,
    errors: [{ path: 'body', message: `Body ${problem.path}: ${problem.message}` }],
  })
}
