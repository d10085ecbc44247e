import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import type { MEDIA } from '@collections/slugs'
import { withoutMetadata } from '@collections/Media/withoutMetadata'

/**
 * Every new original (a first upload, each file of a bulk upload, a file replaced on an existing
 * picture) is rewritten without its EXIF, XMP and IPTC before Payload stores it and cuts the
 * image sizes from it, so neither the original nor any size can give away where, with what or by
 * whom a source's photo was taken. Runs after `acceptOnlyImages`, which has checked the bytes.
 */
export const stripImageMetadata: CollectionBeforeOperationHook<typeof MEDIA> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  // A file whose header reads as an image but whose pixels do not decode (truncated, damaged)
  // cannot be rewritten: it is refused as what it is, never stored with its metadata.
  const data = await withoutMetadata(file.data).catch(() => {
    throw new APIError(
      `"${file.name}" is damaged: its picture cannot be read. Export it again and upload that.`,
      400,
      undefined,
      true,
    )
  })
  req.file = { ...file, data, size: data.length }
  return args
}
