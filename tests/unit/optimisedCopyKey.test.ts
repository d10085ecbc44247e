import { ImageOptimizerCache } from 'next/dist/server/image-optimizer'
import { describe, expect, it } from 'vitest'

import { optimisedCopyKey } from '@collections/Media/optimisedCopies'

describe('the image optimiser cache key', () => {
  it.each([
    { href: '/api/media/file/a-1600x900.webp', width: 828, quality: 75, mimeType: 'image/webp' },
    { href: '/api/media/file/b.jpg', width: 96, quality: 75, mimeType: '' },
  ])('should name the entry Next.js writes for $href at $width', (request) => {
    expect(optimisedCopyKey(request)).toBe(ImageOptimizerCache.getCacheKey(request))
  })
})
