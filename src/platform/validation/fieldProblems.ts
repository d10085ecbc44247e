import type { FlattenedField } from 'payload'

import { isListLike, listBound } from './listBound'
import { saneDate } from './saneDate'
import { hasUnwritableCharacter } from './unwritableCharacters'

export type Problem = { path: string; message: string }
/** A relationship or upload value that has the right form; whether it exists is asked after. */
export type Reference = { path: string; collection: string; id: string | number }

type Walk = {
  isId: (value: unknown) => boolean
  problems: Problem[]
  references: Reference[]
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

type Option = string | { value: string }
const optionValues = (options: readonly Option[]) =>
  options.map((option) => (typeof option === 'string' ? option : option.value))

/** A number as Payload would store it: numeric strings are turned into numbers before saving. */
function asNumber(value: unknown): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (trimmed === '') return null
  const number = Number(trimmed)
  return Number.isFinite(number) ? number : undefined
}

function checkNumber(field: FlattenedField & { type: 'number' }, value: unknown): string | null {
  const number = asNumber(value)
  if (number === undefined) return 'must be a finite number'
  if (number === null) return null
  if (typeof field.min === 'number' && number < field.min) return `must be ${field.min} or more`
  if (typeof field.max === 'number' && number > field.max) return `must be ${field.max} or less`
  return null
}

function checkText(field: FlattenedField, value: unknown): string | null {
  if (typeof value !== 'string') return 'must be text'
  if (hasUnwritableCharacter(value)) {
    return 'must not contain control characters (other than tab and line breaks)'
  }
  const maxLength = 'maxLength' in field ? field.maxLength : undefined
  if (typeof maxLength === 'number' && value.length > maxLength) {
    return `must be at most ${maxLength} characters`
  }
  return null
}

/** Payload's own spellings of "no document" for a relationship. */
const isNoReference = (value: unknown) =>
  value === null || value === '' || value === 'none' || value === 'null'

function checkReference(
  walk: Walk,
  path: string,
  relationTo: string | string[],
  value: unknown,
): string | null {
  let collection = typeof relationTo === 'string' ? relationTo : undefined
  let id = value
  if (Array.isArray(relationTo)) {
    if (!isPlainObject(value) || !relationTo.includes(String(value.relationTo))) {
      return `must name one of ${relationTo.join(', ')} and a document`
    }
    collection = String(value.relationTo)
    id = value.value
  }
  if (isPlainObject(id)) id = id.id
  if (!collection || !walk.isId(id)) return 'is not a valid document id'
  walk.references.push({ path, collection, id: id as string | number })
  return null
}

/** Why a value cannot be stored in the field, or null when it can. Containers recurse. */
function checkValue(
  walk: Walk,
  field: FlattenedField,
  path: string,
  value: unknown,
): string | null {
  switch (field.type) {
    case 'date':
      return saneDate(value) ? null : 'must be an ISO 8601 date between the years 1900 and 2200'
    case 'number':
      return checkNumber(field, value)
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return checkText(field, value)
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionValues(field.options).includes(value)
        ? null
        : `must be one of ${optionValues(field.options).join(', ')}`
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' || value === ''
        ? null
        : 'must be true or false'
    case 'relationship':
    case 'upload':
      return checkReference(walk, path, field.relationTo, value)
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) return 'must be an object of fields'
      walkFields(walk, field.flattenedFields, value, path)
      return null
    case 'array':
      // The admin's form sends a list with no rows as its row count, 0; Payload stores no rows.
      if (value === 0) return null
      if (!Array.isArray(value)) return 'must be a list'
      value.forEach((row, index) => {
        const rowPath = `${path}.${index}`
        if (isPlainObject(row)) walkFields(walk, field.flattenedFields, row, rowPath)
        else walk.problems.push({ path: rowPath, message: 'must be an object of fields' })
      })
      return null
    case 'blocks':
      if (value === 0) return null
      return Array.isArray(value) && value.every(isPlainObject) ? null : 'must be a list of blocks'
    default:
      // Rich text has its own validator; json, point and join are not in our model.
      return null
  }
}

const hasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

/** A list longer than its field's bound, refused whole before its items are looked at. */
function overBound(field: FlattenedField, path: string, value: unknown): string | null {
  const bound = isListLike(field) ? listBound(field, path) : undefined
  return Array.isArray(value) && bound !== undefined && value.length > bound
    ? `must have at most ${bound} items`
    : null
}

function walkFields(
  walk: Walk,
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
): void {
  for (const field of fields) {
    if (field.name === 'id' || !(field.name in data)) continue
    const value = data[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (value === undefined) continue
    // A group is never cleared: Payload reads inside it while saving (a null one answered 500).
    if (value === null && (field.type === 'group' || field.type === 'tab')) {
      walk.problems.push({ path, message: 'must be an object of fields' })
      continue
    }
    // Clearing a field is always a shape the database takes; `required` is Payload's to judge.
    if (value === null) continue
    if ((field.type === 'relationship' || field.type === 'upload') && isNoReference(value)) continue
    const tooMany = overBound(field, path, value)
    if (tooMany) {
      walk.problems.push({ path, message: tooMany })
      continue
    }
    if (hasMany(field)) {
      if (!Array.isArray(value)) {
        walk.problems.push({ path, message: 'must be a list' })
        continue
      }
      value.forEach((item, index) => {
        const message = checkValue(walk, field, `${path}.${index}`, item)
        if (message) walk.problems.push({ path: `${path}.${index}`, message })
      })
      continue
    }
    const message = checkValue(walk, field, path, value)
    if (message) walk.problems.push({ path, message })
  }
}

/**
 * Every value in `data` checked against the type its field declares, with no database call: what
 * is wrong, and which references to look up. Fields not in `data` are left alone (a partial
 * update), and so are `required` rules, which Payload applies where they belong (not on drafts).
 */
export function fieldProblems(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  isId: (value: unknown) => boolean,
): { problems: Problem[]; references: Reference[] } {
  const walk: Walk = { isId, problems: [], references: [] }
  walkFields(walk, fields, data, '')
  return { problems: walk.problems, references: walk.references }
}
