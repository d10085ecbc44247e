import { z } from 'zod'

import { absoluteUrl, optionalText } from './common'
import { named } from './registry'

export const ImageSize = named(
  z.object({
    url: absoluteUrl(),
    width: z.int().min(1).nullable(),
    height: z.int().min(1).nullable(),
    mimeType: optionalText(),
  }),
  { id: 'ImageSize', description: 'One rendition of an image; null when the original is smaller.' },
)

export const Image = named(
  z.object({
    url: absoluteUrl(),
    width: z.int().min(1).nullable(),
    height: z.int().min(1).nullable(),
    alt: optionalText(),
    caption: optionalText(),
    credit: optionalText().describe('The source, for example "Al Jazeera"'),
    creditUrl: absoluteUrl().nullable(),
    sizes: z.object({
      thumbnail: ImageSize.nullable().describe('400×300, WebP'),
      card: ImageSize.nullable().describe('800×450, WebP'),
      hero: ImageSize.nullable().describe('1600×900, WebP'),
      og: ImageSize.nullable().describe('1200×630, JPEG, for social cards'),
    }),
  }),
  { id: 'Image' },
)

export type PublicImage = z.infer<typeof Image>
export type PublicImageSize = z.infer<typeof ImageSize>
