import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import type { MEDIA } from '@collections/slugs'
import { encodeInOwnFormat } from '@collections/Media/encodeInOwnFormat'
import { inStandardSrgb } from '@collections/Media/inStandardSrgb'

/**
 * 12 megapixels: a phone's photo (4000 × 3000) is stored as taken, and is still more than twice
 * the largest size the site shows (1600 px wide, sharp on a 2× screen).
 */
export const MAX_ORIGINAL_PIXELS = 12_000_000

/** As acceptOnlyImages: no decompression bombs. */
const MAX_INPUT_PIXELS = 100_000_000

/**
 * An original above the pixel limit is scaled down once, here, keeping its shape: otherwise the
 * image optimiser (`/_next/image`, which reaches any stored file) decodes all its pixels on every
 * uncached request, and Payload does so for each size. Runs after `stripImageMetadata`, so the
 * pixels are upright and carry no metadata; sharp writes none back but the standard sRGB profile.
 */
export const limitOriginalPixels: CollectionBeforeOperationHook<typeof MEDIA> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  const {
    format,
    width = 0,
    pageHeight,
    height = 0,
    pages = 1,
  } = await sharp(file.data, {
    limitInputPixels: MAX_INPUT_PIXELS,
  }).metadata()
  // An animation's height is all its frames stacked; each frame is what gets decoded and shown.
  const frameHeight = pages > 1 ? (pageHeight ?? height) : height
  const pixels = width * frameHeight
  if (pixels <= MAX_ORIGINAL_PIXELS) return args

  const scale = Math.sqrt(MAX_ORIGINAL_PIXELS / pixels)
  const resized = inStandardSrgb(
    sharp(file.data, { limitInputPixels: MAX_INPUT_PIXELS, animated: pages > 1 }).resize({
      width: Math.floor(width * scale),
      height: Math.floor(frameHeight * scale),
      fit: 'fill',
    }),
  )
  const data = await encodeInOwnFormat(resized, format)
  req.file = { ...file, data, size: data.length }
  return args
}
