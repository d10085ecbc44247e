import type { CollectionBeforeChangeHook } from 'payload'

/** A relationship as stored (an id) or as read with depth (the related document). */
const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? value.id : value

/**
 * Remembers who started a document: contributors may edit only their own drafts. Set once, on
 * create (a duplicate belongs to whoever made it); every later save, restore or publish keeps the
 * stored value whatever the data holds. Field access alone is not enough: Payload drops the
 * field from a restored version's data, and the save then wrote the owner away.
 */
export const populateCreatedBy: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') {
    return { ...data, createdBy: idOf(originalDoc?.createdBy) ?? null }
  }
  if (req.user && !data.createdBy) return { ...data, createdBy: req.user.id }
  return data
}
