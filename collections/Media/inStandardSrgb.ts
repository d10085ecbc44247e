import sharp from 'sharp'
import type { Sharp } from 'sharp'

/**
 * The picture's pixels converted to sRGB through the colour profile they came with (Display P3,
 * Adobe RGB, CMYK…), tagged with sharp's standard sRGB profile instead. An uploader's profile is
 * never stored: its text tags (description, copyright, device make and model) can carry any
 * words, a camera's serial or an owner's name; the colours still look as they did.
 */
export const inStandardSrgb = (image: Sharp): Sharp =>
  image.toColourspace('srgb').withIccProfile('srgb')

let standardProfile: Promise<Buffer | undefined> | undefined

/** The profile `inStandardSrgb` embeds, byte for byte, to tell it from an uploader's. */
export function standardSrgbProfile(): Promise<Buffer | undefined> {
  standardProfile ??= sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .withIccProfile('srgb')
    .toBuffer()
    .then(async (png) => (await sharp(png).metadata()).icc)
  return standardProfile
}
