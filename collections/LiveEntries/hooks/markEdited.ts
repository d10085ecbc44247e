import type { CollectionBeforeChangeHook } from 'payload'

const READER_FIELDS = ['headline', 'body', 'image', 'time'] as const

/**
 * Readers see "edited" on an entry whose words or picture changed after it went public; pinning,
 * unpinning or a change while in review does not count.
 */
export const markEdited: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || originalDoc?.status !== 'published') return data
  const changed = READER_FIELDS.some(
    (field) =>
      field in data &&
      JSON.stringify(idOf(data[field])) !== JSON.stringify(idOf(originalDoc[field])),
  )
  return changed ? { ...data, editedAt: new Date().toISOString() } : data
}

/** A stored relationship may come back populated; compare by id. */
function idOf(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value ?? null
}
