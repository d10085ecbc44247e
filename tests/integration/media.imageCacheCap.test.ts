import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PHASE_PRODUCTION_SERVER } from 'next/constants'
import loadConfig from 'next/dist/server/config'
import type { NextConfigComplete } from 'next/dist/server/config-shared'
import { ImageOptimizerCache } from 'next/dist/server/image-optimizer'
import type { CachedImageValue } from 'next/dist/server/response-cache/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const MB = 1024 * 1024

/** Bytes under a folder, every file counted. */
async function folderBytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  let total = 0
  for (const entry of entries) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return total
}

/** A resized picture as the optimiser stores it: only its size matters to the cap. */
const picture = (index: number, bytes: number) =>
  ({
    // CachedRouteKind.IMAGE: a const enum, which isolated modules cannot import.
    kind: 'IMAGE',
    buffer: Buffer.alloc(bytes, index % 251),
    etag: `etag-${index}`,
    upstreamEtag: `upstream-${index}`,
    extension: 'webp',
  }) as unknown as CachedImageValue

describe('the image optimiser cache, as the server configures it', () => {
  let distDir: string
  let config: NextConfigComplete

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), 'dispatch-image-cache-'))
    // next.config.ts as `next start` and server.ts load it, with Next's defaults filled in.
    config = (await loadConfig(PHASE_PRODUCTION_SERVER, process.cwd(), {
      silent: true,
    })) as NextConfigComplete
  })

  afterAll(async () => {
    await rm(distDir, { recursive: true, force: true })
  })

  it('should keep resized pictures on disk, not in the page cache handler', () => {
    // Next uses the disk cache only without `images.customCacheHandler` and with the flag on.
    expect(config.images.customCacheHandler ?? false).toBe(false)
    expect(config.experimental.isrFlushToDisk).toBe(true)
    expect(config.images.maximumDiskCacheSize).toBe(256 * MB)
  })

  it('should stay within 256 MB whatever is asked for, dropping the least recently used', async () => {
    const cache = new ImageOptimizerCache({ distDir, nextConfig: config })
    const cacheDir = path.join(distDir, 'cache', 'images')
    const entryBytes = 4 * MB
    const entries = 80 // 320 MB asked for: 64 MB more than the cap
    for (let index = 0; index < entries; index += 1) {
      await cache.set(`key-${index}`, picture(index, entryBytes), {
        cacheControl: { revalidate: 3600, expire: undefined },
      })
      // The first picture is read now and then, so it stays among the recently used.
      if (index % 10 === 0) expect(await cache.get('key-0'), `read ${index}`).not.toBeNull()
    }
    // Dropped entries are removed from disk in the background.
    await expect
      .poll(() => folderBytes(cacheDir), { timeout: 10_000 })
      .toBeLessThanOrEqual(256 * MB)
    expect(await folderBytes(cacheDir)).toBeGreaterThan(200 * MB)
    expect(await cache.get(`key-${entries - 1}`)).not.toBeNull()
    expect(await cache.get('key-0')).not.toBeNull()
    expect(await cache.get('key-1')).toBeNull()
  })
})
