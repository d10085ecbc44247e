import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import type { MEDIA } from '@collections/slugs'

const uploadTheFile = new APIError(
  'A picture cannot be fetched from a web address. Upload the file itself.',
  400,
  undefined,
  true,
)

type FileFields = { url?: unknown; filename?: unknown }

/**
 * Payload fetches or reads the file a save names in `url` and `filename` when no file is uploaded
 * with it (its image editor re-crops a stored picture that way). Such a file skips every upload
 * check: the image bytes, the size limit, the metadata stripping. So a save without a file may
 * name only the picture's own stored file; anything else is refused before Payload reaches for it.
 */
export const refuseRemoteFiles: CollectionBeforeOperationHook<typeof MEDIA> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.file) return args
  const data = (args as { data?: FileFields }).data
  if (!data || (data.url === undefined && data.filename === undefined)) return args
  const id = (args as { id?: number | string }).id
  if (operation === 'create' || id === undefined) throw uploadTheFile
  const stored = await req.payload.findByID({
    collection: (args as { collection: { config: { slug: typeof MEDIA } } }).collection.config.slug,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const isOwnFile =
    (data.url === undefined || data.url === stored.url) &&
    (data.filename === undefined || data.filename === stored.filename)
  if (!isOwnFile) throw uploadTheFile
  return args
}
