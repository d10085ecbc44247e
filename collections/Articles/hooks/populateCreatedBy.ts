import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who started a document: contributors may edit only their own drafts. */
export const populateCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) {
    return { ...data, createdBy: req.user.id }
  }
  return data
}
