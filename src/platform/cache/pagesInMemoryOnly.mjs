/**
 * Next.js's own page cache, kept in memory only (loaded by next.config.ts as `cacheHandler`).
 *
 * `experimental.isrFlushToDisk` decides two things at once: whether rendered pages are written
 * under .next/, and whether the image optimiser keeps its resized pictures on disk at all (its
 * only cache; with the flag off every `/_next/image` request re-encodes). The flag is on so
 * pictures are kept (bounded by `images.maximumDiskCacheSize`); this handler turns the flag back
 * off for pages, so a restart or a re-seeded database never serves pages rendered from an
 * older database. Everything else is Next's default handler unchanged.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

export default class PagesInMemoryOnly extends FileSystemCache {
  constructor(context) {
    super({ ...context, flushToDisk: false })
  }
}
