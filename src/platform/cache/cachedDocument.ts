import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'

import { cached } from './cached'
import { CONTENT_TAGS } from './tags'

/**
 * A whole generated document (a feed, a sitemap file) cached as text under the content tags, so
 * a request serves the finished bytes instead of rebuilding them from the cached data.
 */
export function cachedDocument<Args extends unknown[], Result extends string | null>(
  build: (...args: Args) => Promise<Result>,
  name: string,
): (...args: Args) => Promise<Result> {
  return cached(build, [`document:${name}`], { tags: CONTENT_TAGS, revalidate: CACHE_SECONDS })
}
