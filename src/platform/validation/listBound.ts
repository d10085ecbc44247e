import type { FlattenedField } from 'payload'

/**
 * Lists Payload adds to a collection itself, where no `maxRows` of ours can go. `sessions`: one
 * row per signed-in device, expired ones dropped at each sign-in, and never writable through the
 * API; the bound is far above any person's devices and far below what the database refuses.
 */
const PAYLOAD_OWN_LISTS: Record<string, number> = { sessions: 1000 }

/**
 * How many items a list-like field (array, blocks, any `hasMany`) may hold: its `maxRows`, for a
 * select with many values its number of options (more would repeat one), or undefined when it
 * declares none. A list over its bound is refused before anything is written: 9000 tags made
 * SQLite refuse the save halfway ("too many SQL variables"), after part of it was stored.
 */
export function listBound(field: FlattenedField, path: string): number | undefined {
  if ('maxRows' in field && typeof field.maxRows === 'number') return field.maxRows
  if (field.type === 'select' && field.hasMany) return field.options.length
  return path === field.name ? PAYLOAD_OWN_LISTS[field.name] : undefined
}

export const isListLike = (field: FlattenedField): boolean =>
  field.type === 'array' ||
  field.type === 'blocks' ||
  ('hasMany' in field && field.hasMany === true)
