import type { CollectionBeforeChangeHook } from 'payload'

/** Whoever opens a fresh Dispatch first (the admin's "create first user" screen) runs it. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
