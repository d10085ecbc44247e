import { cached } from '@/platform/cache/cached'
import { CONTENT_TAGS } from '@/platform/cache/tags'
import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'

import { etagOf } from './etag'
import type { Handler, Params, Reply } from './route'
import { serialise } from './serialise'

/** A read's finished answer: what is kept in the cache and sent to every caller after the first. */
export type CachedBody = {
  text: string
  contentType: string
  status: number
  headers: Record<string, string>
  etag: string
}

/**
 * A GET handler whose serialised, schema-checked answer and its ETag are cached per URL under
 * the content tags: repeated reads skip the data copy, the allowlist parse, JSON and hashing.
 * Errors (ApiError 400/404) are thrown through and never cached.
 */
export function cachedRead<P extends Params>(
  handler: Handler<P>,
): (url: string, params: P) => Promise<CachedBody> {
  return cached(
    async (url: string, params: P): Promise<CachedBody> => {
      const reply: Reply = await handler(new Request(url), params)
      const body = serialise(reply)
      return {
        ...body,
        status: reply.status ?? 200,
        headers: reply.headers ?? {},
        etag: etagOf(body.text),
      }
    },
    ['content-api-read'],
    { tags: CONTENT_TAGS, revalidate: CACHE_SECONDS },
  )
}
