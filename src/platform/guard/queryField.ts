import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { buildVersionCollectionFields } from 'payload'

/**
 * What a `where` path ends on: a field, the document's own id, a path this database cannot
 * query (`missing`), or something only Payload knows (`unknown`, which it checks itself).
 */
export type QueryField =
  | { kind: 'field'; field: FlattenedField; ids: IdKind }
  | { kind: 'id'; ids: IdKind }
  | { kind: 'missing' }
  | { kind: 'unknown' }

/** How the ids of one collection look in the running database. */
export type IdKind = 'number' | 'text' | 'objectId' | 'uuid'

export function idKindOf(payload: Payload, collection: SanitizedCollectionConfig): IdKind {
  const custom = collection.flattenedFields.find((field) => field.name === 'id')
  if (custom) return custom.type === 'number' ? 'number' : 'text'
  if (payload.db.name === 'mongoose') return 'objectId'
  if ('idType' in payload.db && payload.db.idType === 'uuid') return 'uuid'
  return payload.db.defaultIDType === 'number' ? 'number' : 'text'
}

/**
 * The fields of a collection's versions (`parent`, `version.*`, `latest`…). Payload hands
 * version reads to hooks as plain `read`s, so a path is looked up in the collection's own fields
 * first and in these after.
 */
function versionFields(payload: Payload, collection: SanitizedCollectionConfig): FlattenedField[] {
  if (!collection.versions) return []
  return buildVersionCollectionFields(payload.config, collection, true) as FlattenedField[]
}

const UNKNOWN: QueryField = { kind: 'unknown' }

const configOf = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]
    ?.config

/**
 * Follows a dotted path (`authors.name`, `meta.title`, GraphQL's `meta__title`) through groups,
 * tabs, arrays, blocks and single-collection relationships to the field it names. A path it
 * cannot follow is left to Payload, which refuses unknown paths itself.
 */
export function resolveQueryField(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  path: string,
): QueryField {
  if (path === '_id') {
    // Payload takes `_id` for `id`, but only MongoDB has such a column: SQL failed with a 500.
    return payload.db.name === 'mongoose' ? { kind: 'id', ids: 'objectId' } : { kind: 'missing' }
  }
  const segments = path.replace(/__/g, '.').split('.')
  const own = follow(payload, collection, collection.flattenedFields, segments)
  if (own.kind !== 'unknown') return own
  return follow(payload, collection, versionFields(payload, collection), segments)
}

function follow(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  fields: FlattenedField[],
  segments: string[],
): QueryField {
  const [name, ...rest] = segments
  const ids = idKindOf(payload, collection)
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return name === 'id' && rest.length === 0 ? { kind: 'id', ids } : UNKNOWN
  if (rest.length === 0) return { kind: 'field', field, ids: fieldIdKind(payload, field, ids) }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return follow(payload, collection, field.flattenedFields, rest)
    case 'blocks': {
      for (const block of field.blocks ?? []) {
        if (typeof block === 'string') continue
        const found = follow(payload, collection, block.flattenedFields, rest)
        if (found.kind !== 'unknown') return found
      }
      return UNKNOWN
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return polymorphic(payload, field, rest)
      const related = configOf(payload, field.relationTo)
      if (!related) return UNKNOWN
      return follow(payload, related, related.flattenedFields, rest)
    }
    default:
      return UNKNOWN
  }
}

/** The id kind all of a relationship's collections share; text when they differ. */
function relatedIdKind(payload: Payload, relationTo: string | string[]): IdKind | null {
  const kinds = new Set(
    [relationTo].flat().flatMap((slug) => {
      const related = configOf(payload, slug)
      return related ? [idKindOf(payload, related)] : []
    }),
  )
  const [only] = kinds
  return kinds.size === 1 && only ? only : kinds.size > 1 ? 'text' : null
}

/** A relationship's values are the ids of the collections it points to. */
function fieldIdKind(payload: Payload, field: FlattenedField, own: IdKind): IdKind {
  if (field.type === 'relationship' || field.type === 'upload') {
    return relatedIdKind(payload, field.relationTo) ?? own
  }
  return own
}

/** A relationship to several collections is queried as `field.value` (an id) or `field.relationTo`. */
function polymorphic(payload: Payload, field: FlattenedField, rest: string[]): QueryField {
  if (rest.length !== 1 || (field.type !== 'relationship' && field.type !== 'upload')) {
    return UNKNOWN
  }
  const ids = relatedIdKind(payload, field.relationTo) ?? 'text'
  if (rest[0] === 'value') return { kind: 'id', ids }
  return UNKNOWN
}
