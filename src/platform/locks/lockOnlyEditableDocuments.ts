import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  SanitizedConfig,
} from 'payload'
import { Forbidden } from 'payload'

import { type LockedDocument, mayEditDocument } from './mayEditDocument'

/** Payload's own collection of edit locks; a fresh lock makes everyone else's saves answer 423. */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'

/**
 * A lock made or moved through REST, GraphQL or the Local API is always in the caller's own name,
 * and only on a document the caller may edit. (Payload lets any signed-in user lock anything.)
 */
export const lockOnlyWhatCallerMayEdit: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // The Local API without a user (seed, jobs, tests) is the server itself.
  if (!req.user) return data
  const document = (data.document ?? originalDoc?.document) as LockedDocument | null | undefined
  if (document && !(await mayEditDocument(req, document))) throw new Forbidden(req.t)
  // A lock on a global only for one the site has (it has none today).
  const globalSlug = (data.globalSlug ?? originalDoc?.globalSlug) as string | null | undefined
  if (globalSlug && !req.payload.config.globals.some((global) => global.slug === globalSlug)) {
    throw new Forbidden(req.t)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Only the lock's owner, or someone who may edit the locked document, may remove a lock: Payload
 * lets any signed-in user delete any lock, which took away an editor's protection at will.
 */
export const unlockOnlyOwnOrEditable: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const lock = await req.payload.findByID({
    collection: LOCKED_DOCUMENTS,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const owner = lock.user as LockedDocument | null | undefined
  if (owner?.relationTo === req.user.collection && String(owner.value) === String(req.user.id)) {
    return
  }
  const document = lock.document as LockedDocument | null | undefined
  if (document && (await mayEditDocument(req, document))) return
  throw new Forbidden(req.t)
}

/**
 * Payload adds the locks collection while it sanitizes the config, after plugins have run, so
 * the hook is attached to the sanitized config: `buildConfig(...).then(lockOnlyEditableDocuments)`.
 */
export function lockOnlyEditableDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (locks) {
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockOnlyWhatCallerMayEdit]
    locks.hooks.beforeDelete = [...(locks.hooks.beforeDelete ?? []), unlockOnlyOwnOrEditable]
  }
  return config
}
