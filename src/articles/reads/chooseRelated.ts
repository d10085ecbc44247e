type Candidate = { id: string; tags?: string[] | null; publishedAt?: string | null }

const sharedTagCount = (tags: Set<string>, candidate: Candidate) =>
  (candidate.tags ?? []).filter((tag) => tags.has(tag)).length

const newestFirst = (a: Candidate, b: Candidate) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')

/**
 * Up to `count` stories to read next: those sharing most tags with this one first (newest first
 * among equals), then the newest others. Never the story itself, never one twice.
 */
export function chooseRelated<T extends Candidate>(
  article: Candidate,
  tagged: T[],
  newest: T[],
  count = 3,
): T[] {
  const tags = new Set(article.tags ?? [])
  const byTags = tagged
    .filter((candidate) => sharedTagCount(tags, candidate) > 0)
    .sort((a, b) => sharedTagCount(tags, b) - sharedTagCount(tags, a) || newestFirst(a, b))
  const chosen: T[] = []
  const seen = new Set([article.id])
  for (const candidate of [...byTags, ...newest]) {
    if (chosen.length === count) break
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    chosen.push(candidate)
  }
  return chosen
}
