import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { imageOptimiser } from '@collections/Media/imageOptimiser'

/** Where `next start` and server.ts keep the optimiser's resized pictures. */
export const OPTIMISED_COPIES_DIR = path.join(process.cwd(), '.next', 'cache', 'images')

/** Next.js 16's image cache layout version (ImageOptimizerCache); a test pins it to Next's. */
const CACHE_VERSION = 4

type CopyRequest = { href: string; width: number; quality: number; mimeType: string }

/** The cache entry's name, as Next.js's ImageOptimizerCache.getCacheKey derives it. */
export function optimisedCopyKey({ href, width, quality, mimeType }: CopyRequest): string {
  const hash = createHash('sha256')
  for (const item of [CACHE_VERSION, href, width, quality, mimeType]) hash.update(String(item))
  return hash.digest('base64url')
}

/**
 * Deletes every resized copy the optimiser may hold of these files (site paths such as
 * `/api/media/file/a.webp`): each width and quality it accepts, as WebP or in the file's own
 * format (a browser that does not accept WebP). The next request fetches the file again.
 */
export async function forgetOptimisedCopies(files: string[]): Promise<void> {
  const widths = [...imageOptimiser.deviceSizes, ...imageOptimiser.imageSizes]
  const mimeTypes = ['', ...imageOptimiser.formats]
  const removals: Promise<void>[] = []
  for (const href of files) {
    for (const width of widths) {
      for (const quality of imageOptimiser.qualities) {
        for (const mimeType of mimeTypes) {
          const key = optimisedCopyKey({ href, width, quality, mimeType })
          removals.push(rm(path.join(OPTIMISED_COPIES_DIR, key), { recursive: true, force: true }))
        }
      }
    }
  }
  await Promise.all(removals)
}
