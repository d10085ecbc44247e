/**
 * The database reads behind each list route, timed without any cache (outside Next.js the
 * site's cached reads run as they are): what a reader waits for on a cache miss, and how it
 * grows with the archive.
 */
export type QueryLatency = { name: string; p50: number; max: number }

const RUNS = 10

async function time(read: () => Promise<unknown>): Promise<{ p50: number; max: number }> {
  await read() // the first run pays for statement preparation and warm-up
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await read()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { p50: round(times[Math.floor(RUNS / 2)] ?? 0), max: round(times[RUNS - 1] ?? 0) }
}

export async function listQueryLatency(authorSlug: string): Promise<QueryLatency[]> {
  const { listSectionArticles } = await import('../../src/articles/reads/articles')
  const { countArticlesForSitemap, listArticlesForSitemap } =
    await import('../../src/site/sitemaps/sitemapReads')
  const reads: [string, () => Promise<unknown>][] = [
    ['front page 1', () => listSectionArticles({ page: 1 })],
    ['front page 50', () => listSectionArticles({ page: 50 })],
    ['author page', () => listSectionArticles({ authorSlug })],
    ['search', () => listSectionArticles({ q: 'radar' })],
    ['/api/v1 list', () => listSectionArticles({ page: 1, limit: 20 })],
    ['sitemap index (count)', () => countArticlesForSitemap()],
    ['sitemap file (50,000 newest)', () => listArticlesForSitemap(1, 50_000)],
  ]
  const results: QueryLatency[] = []
  for (const [name, read] of reads) results.push({ name, ...(await time(read)) })
  return results
}
