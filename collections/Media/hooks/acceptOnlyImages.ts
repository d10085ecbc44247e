import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import sharp from 'sharp'

import type { MEDIA } from '@collections/slugs'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

/** Formats as sharp names them after reading the bytes (AVIF is reported as HEIF). */
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif'])

/** Rejects decompression bombs before sharp tries to resize them into image sizes. */
const MAX_PIXELS = 100_000_000

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Judges an upload by its bytes, not its name or declared type: a renamed PDF or a script
 * saved as .jpg is refused with a message that says why, before anything is stored.
 */
export const acceptOnlyImages: CollectionBeforeOperationHook<typeof MEDIA> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args

  if (file.size > MAX_UPLOAD_BYTES) {
    throw new APIError(
      `"${file.name}" is ${megabytes(file.size)}; images may be at most ${megabytes(MAX_UPLOAD_BYTES)}.`,
      413,
      undefined,
      true,
    )
  }
  const notAnImage = new APIError(
    `"${file.name}" is not a JPEG, PNG, WebP or AVIF image. Upload a photo or graphic in one of those formats.`,
    400,
    undefined,
    true,
  )
  if (!file.data?.length) throw notAnImage

  const metadata = await sharp(file.data, { limitInputPixels: MAX_PIXELS })
    .metadata()
    .catch(() => null)
  if (!metadata?.format || !IMAGE_FORMATS.has(metadata.format)) throw notAnImage
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_PIXELS) {
    throw new APIError(
      `"${file.name}" is ${metadata.width}×${metadata.height} pixels; the limit is 100 megapixels.`,
      400,
      undefined,
      true,
    )
  }
  return args
}
