import { createHash, randomBytes } from 'node:crypto'

/** The UTC day a view belongs to, as YYYY-MM-DD. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10)

/** Seconds until the next UTC midnight: how long "already counted today" lasts. */
export function secondsUntilTomorrow(now: Date): number {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000))
}

export type Visitor = { address: string; userAgent: string }

/**
 * Who has viewed which article today, as salted hashes of address and user agent. The salt is
 * random, lives only in memory and is replaced at midnight UTC with the whole set, so no address
 * is stored and yesterday's hashes cannot be linked to anyone. Per process: a restart or a second
 * instance forgets, and the cookie the counter also sets covers most of that.
 */
export class VisitorsToday {
  private day = ''
  private salt = randomBytes(32)
  private seen = new Set<string>()

  constructor(
    private readonly maxEntries = 500_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records the visit and says whether it is the first of the day for this article. */
  isFirstVisit(articleId: string, visitor: Visitor): boolean {
    this.rotate()
    const key = createHash('sha256')
      .update(this.salt)
      .update(`${articleId}\n${visitor.address}\n${visitor.userAgent}`)
      .digest('base64url')
    if (this.seen.has(key)) return false
    if (this.seen.size < this.maxEntries) this.seen.add(key)
    return true
  }

  private rotate() {
    const today = dayOf(this.now())
    if (today === this.day) return
    this.day = today
    this.salt = randomBytes(32)
    this.seen = new Set()
  }
}
