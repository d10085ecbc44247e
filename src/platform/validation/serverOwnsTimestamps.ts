import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

/**
 * `createdAt` and `updatedAt` are the server's: a caller's values are replaced by now (and an
 * update keeps the stored `createdAt`). Payload takes them from the data on create and keeps a
 * sent `createdAt` on update, so a lock sent with `updatedAt: 2099` never went stale. The Local
 * API without a user is the server itself (the seed back-dates its stories).
 */
export const serverOwnsTimestamps: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user) return data
  const now = new Date().toISOString()
  const createdAt: unknown = operation === 'update' ? originalDoc?.createdAt : now
  return { ...data, createdAt: createdAt ?? now, updatedAt: now }
}

/**
 * Puts the hook last on every collection of the finished config (Payload's own locks and
 * preferences too, which plugins never see): last, so `serialisedSaves` still reads the
 * `updatedAt` the client based its edit on.
 */
export function everyCollectionOwnsItsTimestamps(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.timestamps === false) continue
    const hooks = (collection.hooks.beforeChange ??= [])
    if (!hooks.includes(serverOwnsTimestamps)) hooks.push(serverOwnsTimestamps)
  }
  return config
}
