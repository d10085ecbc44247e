import sharp from 'sharp'

import { encodeInOwnFormat } from '@collections/Media/encodeInOwnFormat'
import { inStandardSrgb } from '@collections/Media/inStandardSrgb'

/** As acceptOnlyImages: no decompression bombs. */
const MAX_PIXELS = 100_000_000

/**
 * The image re-encoded in its own format with nothing but pixels and a standard sRGB profile:
 * EXIF (GPS position, camera, owner, embedded thumbnail), XMP, IPTC, PNG text chunks and the
 * uploader's own colour profile (whose text can name a camera or a person) are dropped, the
 * pixels converted to sRGB through that profile first; an EXIF orientation is applied to the
 * pixels, so the picture still stands the right way up. Animated WebP keeps its frames. JPEG, WebP and AVIF are re-encoded at high quality (a
 * small, invisible loss); PNG is lossless.
 */
export async function withoutMetadata(data: Buffer): Promise<Buffer> {
  const { format, pages } = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata()
  const animated = (pages ?? 1) > 1
  const decoded = sharp(data, { limitInputPixels: MAX_PIXELS, animated })
  // Animations carry no orientation, and sharp cannot turn a stack of frames.
  const image = inStandardSrgb(animated ? decoded : decoded.rotate())
  return encodeInOwnFormat(image, format)
}
