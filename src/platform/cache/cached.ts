import { unstable_cache } from 'next/cache'

type Options = { tags: string[]; revalidate: number }

/**
 * Next.js's data cache around a read, tagged so the collection hooks can clear it. Outside a
 * Next.js server (Vitest, scripts, benchmarks' seeders) there is no cache: the read runs as is.
 */
const tagsInUse = new Set<string>()

/** Every tag a cached read has used in this process: the cache-tag test checks hooks clear them. */
export const cacheTagsInUse = (): ReadonlySet<string> => tagsInUse

export function cached<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  key: string[],
  options: Options,
): (...args: Args) => Promise<Result> {
  for (const tag of options.tags) tagsInUse.add(tag)
  if (!process.env.NEXT_RUNTIME) return read
  return unstable_cache(read, key, options)
}
