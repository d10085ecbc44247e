import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

/**
 * Expire cached pages and data at once, so the next reader gets fresh content (a publish is
 * visible, an unpublished story is gone) rather than one more stale copy.
 */
export function revalidateTags(tags: string[], logger: Payload['logger']): void {
  // Scripts and tests run Payload outside Next.js: there is no page cache to clear there.
  if (!process.env.NEXT_RUNTIME) return
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (err) {
      logger.warn({ msg: `Could not revalidate cache tag "${tag}"`, err })
    }
  }
}
