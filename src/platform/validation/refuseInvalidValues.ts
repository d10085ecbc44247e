import type { CollectionBeforeOperationHook, Plugin } from 'payload'
import { APIError, ValidationError } from 'payload'

import { fieldProblems, isPlainObject } from './fieldProblems'
import { idShapeOf } from './idShape'
import { missingReferences } from './missingReferences'

/**
 * Payload skips field validation on drafts and autosaves and checks types loosely, so a date that
 * is no date, an id of the wrong form or a select outside its options reached the database: a
 * 500, and sometimes a stored value that broke every later read. Every create and update (REST,
 * GraphQL, Local API, drafts included) is checked against the collection's fields first; a bad
 * value is a 400 naming the field, and nothing is stored.
 */
export const refuseInvalidValuesHook: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  if (!isPlainObject(data)) {
    throw new APIError('The request body must be a JSON object of fields.', 400, null, true)
  }
  const { problems, references } = fieldProblems(
    collection.flattenedFields,
    data,
    idShapeOf(req.payload),
  )
  if (problems.length === 0 && references.length > 0) {
    problems.push(...(await missingReferences(req, references)))
  }
  if (problems.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: problems.map(({ path, message }) => ({ path, message: `${path} ${message}.` })),
      req,
    })
  }
  return args
}

/** First of every collection's `beforeOperation` hooks, so one added later is checked too. */
export const refuseInvalidValues: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseInvalidValuesHook, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
