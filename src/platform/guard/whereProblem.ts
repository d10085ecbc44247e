import type { FlattenedField } from 'payload'

import type { IdKind, QueryField } from './queryField'
import { MAX_FILTER_TEXT, MAX_FILTER_VALUES } from './queryLimits'

/** What the check needs to know of the collection and the database it runs on. */
export type WhereContext = {
  resolve: (path: string) => QueryField
  /** False for operators the adapter has no implementation of (SQLite: all, near, within…). */
  isSupported: (operator: string) => boolean
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const OPERATORS = new Set([
  ...LIST_OPERATORS,
  ...TEXT_OPERATORS,
  ...GEO_OPERATORS,
  ...COMPARISONS,
  'exists',
])

const ID_PATTERNS: Record<IdKind, RegExp> = {
  objectId: /^[0-9a-f]{24}$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  number: /^-?\d{1,15}$/,
  text: /^[^\0]*$/,
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isBooleanLike = (value: unknown) => [true, false, 'true', 'false'].includes(value as string)

/** REST sends `in` lists as `a,b` or repeated keys; GraphQL as arrays. */
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/** `near` is "lng,lat" with an optional maximum and minimum distance, as numbers. */
function isNear(value: unknown): boolean {
  const parts = listOf(value)
  if (parts.length < 2 || parts.length > 4) return false
  return parts.every(
    (part) =>
      (typeof part === 'number' || typeof part === 'string') &&
      part !== '' &&
      Number.isFinite(Number(part)),
  )
}

const isGeoJson = (value: unknown) =>
  isPlainObject(value) && typeof value.type === 'string' && Array.isArray(value.coordinates)

/** Whether one value may stand for the field; a reason if it may not. */
function valueProblem(target: QueryField, value: unknown): string | null {
  if (value === null || value === 'null') return null
  if (!isScalar(value)) return 'must be a single value'
  if (typeof value === 'string' && value.length > MAX_FILTER_TEXT) {
    return `is longer than ${MAX_FILTER_TEXT} characters`
  }
  if (target.kind === 'unknown' || target.kind === 'missing') return null
  if (target.kind === 'id') return idProblem(target.ids, value)
  const { field } = target
  switch (field.type) {
    case 'date':
      return Number.isFinite(new Date(value as string | number).getTime()) ? null : 'must be a date'
    case 'number':
      return value !== '' && Number.isFinite(Number(value)) ? null : 'must be a finite number'
    case 'checkbox':
      return isBooleanLike(value) ? null : 'must be true or false'
    case 'relationship':
    case 'upload':
      return idProblem(target.ids, value)
    case 'point':
      return 'must be compared with near, within or intersects'
    default:
      return null
  }
}

function idProblem(ids: IdKind, value: unknown): string | null {
  return ID_PATTERNS[ids].test(String(value)) ? null : `must be a valid id`
}

const allowsObjects = (target: QueryField) =>
  target.kind === 'field' && ['json', 'richText'].includes(target.field.type)

const isPointField = (
  target: QueryField,
): target is { kind: 'field'; field: FlattenedField; ids: IdKind } =>
  target.kind === 'field' && target.field.type === 'point'

const isPolymorphic = (target: QueryField) =>
  target.kind === 'field' &&
  (target.field.type === 'relationship' || target.field.type === 'upload') &&
  Array.isArray(target.field.relationTo)

/** Fields that `like`, `not_like` and `contains` cannot match: the adapters build LIKE on text. */
const NOT_TEXT = new Set(['date', 'number', 'checkbox', 'point'])

function textProblem(target: QueryField, operator: string, value: unknown): string | null {
  const type = target.kind === 'field' ? target.field.type : null
  if (operator === 'contains' && isPlainObject(value)) {
    // A nested query on a has-many relationship or a join: Payload validates it itself.
    if (type === 'relationship' || type === 'upload' || type === 'join') return null
  }
  if (type && NOT_TEXT.has(type)) return 'applies only to text fields'
  // Relationships hold ids, not text: MongoDB's ObjectIds cannot be matched by a pattern, and a
  // relationship to several collections has no text column at all (both answered 500).
  if (type === 'relationship' || type === 'upload') return 'applies only to text fields'
  if (typeof value !== 'string') return 'must be text'
  if (value.length > MAX_FILTER_TEXT) return `is longer than ${MAX_FILTER_TEXT} characters`
  return null
}

/** What is wrong with `operator: value` on the field a path names, or null. */
function constraintProblem(
  target: QueryField,
  operator: string,
  value: unknown,
  context: WhereContext,
): string | null {
  if (target.kind === 'missing') return 'names no field this database can query'
  if (!OPERATORS.has(operator)) return 'is not an operator Payload knows'
  if (!context.isSupported(operator)) return 'is not supported by this database'
  if (operator === 'exists') return isBooleanLike(value) ? null : 'must be true or false'
  // A relationship to several collections stores a collection and an id: SQLite has no single
  // column to compare a plain value with (it answered 500).
  if (isPolymorphic(target) && !TEXT_OPERATORS.has(operator))
    return 'compares a relationship to several collections: use .value and .relationTo'
  if (GEO_OPERATORS.has(operator)) {
    if (target.kind === 'unknown') return null
    if (!isPointField(target)) return 'applies only to point fields'
    if (operator === 'near') {
      return isNear(value) ? null : 'must be "lng,lat[,maxDistance[,minDistance]]" in numbers'
    }
    return isGeoJson(value) ? null : 'must be a GeoJSON object'
  }
  if (LIST_OPERATORS.has(operator)) {
    const values = listOf(value)
    if (values.length > MAX_FILTER_VALUES) return `may list at most ${MAX_FILTER_VALUES} values`
    for (const each of values) {
      const problem = valueProblem(target, each)
      if (problem) return `has a value that ${problem}`
    }
    return null
  }
  if (TEXT_OPERATORS.has(operator)) return textProblem(target, operator, value)
  if (isPlainObject(value) || Array.isArray(value)) {
    // A JSON or rich-text field compares whole values; Payload checks them itself.
    return allowsObjects(target) ? null : 'must be a single value'
  }
  return valueProblem(target, value)
}

const MAX_NESTING = 10

/**
 * The first thing in a where clause that the database could not run, said in a sentence that
 * names the path: a value that is not of the field's type (a date that does not parse, a number
 * that is not finite, an id the adapter cannot read), an operator the field has no use for, or a
 * shape Payload does not expect. Unknown paths are Payload's own business (it answers 400).
 */
export function whereProblem(where: unknown, context: WhereContext, depth = 0): string | null {
  // REST's `?where=` (empty) means no filter, as Payload reads it.
  if (where === undefined || where === null || where === '') return null
  if (!isPlainObject(where)) return 'where must be an object of field: { operator: value }.'
  if (depth > MAX_NESTING) return `where may nest and/or at most ${MAX_NESTING} levels deep.`
  for (const [path, constraint] of Object.entries(where)) {
    if (path.toLowerCase() === 'and' || path.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) return `where[${path}] must be a list of conditions.`
      for (const item of constraint) {
        const problem = whereProblem(item, context, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(constraint)) return `where[${path}] must be { operator: value }.`
    const target = context.resolve(path)
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = constraintProblem(target, operator, value, context)
      if (problem) return `where[${path}][${operator}] ${problem}.`
    }
  }
  return null
}
