import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { findBodyProblem } from '@/articles/body/findBodyProblem'
import type { Article } from '@/payload-types'

import { ARTICLES } from '../../slugs'

/**
 * Refuses a body the article editor could not have written (a node type it does not offer, a
 * property it never sets, a script link), through every door: REST, GraphQL, the Local API and the
 * admin. A hook rather than `validate`, because Payload skips validation when saving a draft, and
 * drafts are what a contributor saves and an editor previews.
 */
export const refuseInvalidBody: FieldHook<Article, Article['body']> = ({
  value,
  siblingData,
  req,
}) => {
  // Only what this request sends: an update that leaves the body alone does not re-check it.
  const sent: unknown = siblingData.body
  if (sent === undefined || sent === null) return value
  const problem = findBodyProblem(sent)
  if (!problem) return value
  throw new ValidationError({
    collection: ARTICLES,
    req,
    errors: [{ path: 'body', message: `Body ${problem.path}: ${problem.message}` }],
  })
}
