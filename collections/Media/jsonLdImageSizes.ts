import type { ImageSize } from 'payload'

/**
 * The three crops Google asks a NewsArticle's structured data to offer (16:9, 4:3 and 1:1, each
 * at least 1,200 pixels wide), cut around the focal point. JPEG: every crawler reads it.
 */
export const JSON_LD_IMAGE_SIZES = ['jsonLdWide', 'jsonLdStandard', 'jsonLdSquare'] as const

const jpeg = { format: 'jpeg', options: { quality: 85 } } as const

export const jsonLdImageSizes: ImageSize[] = [
  { name: 'jsonLdWide', width: 1200, height: 675, formatOptions: jpeg },
  { name: 'jsonLdStandard', width: 1200, height: 900, formatOptions: jpeg },
  { name: 'jsonLdSquare', width: 1200, height: 1200, formatOptions: jpeg },
]
