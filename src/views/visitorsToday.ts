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
 * Cookie-less first visits counted per article per day from one address and browser: a household
 * or an office shares an address and often a browser build, so a few are real readers; beyond
 * this it is one client that keeps no cookies, replaying.
 */
export const MAX_VISITS_PER_BROWSER = 10

/**
 * The same per address, whatever browser it names: the user-agent string is the client's to
 * choose, so rotating it must not reset the count. An office of readers behind one address fits.
 */
export const MAX_VISITS_PER_ADDRESS = 30

/**
 * Views per article today by address and browser, as salted hashes. The salt is random, lives
 * only in memory and is replaced at midnight UTC with all the counts, so no address is stored and
 * yesterday's hashes cannot be linked to anyone. Per process: a restart or a second instance
 * starts afresh. The address is the client identity (an IPv6 client is its /64), see
 * src/platform/guard/clientAddress.ts.
 */
export class VisitorsToday {
  private day = ''
  private salt = randomBytes(32)
  private counts = new Map<string, number>()

  constructor(
    private readonly maxEntries = 500_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records a visit without a cookie and says whether it may still be counted today. */
  admit(articleId: string, visitor: Visitor): boolean {
    this.rotate()
    const byBrowser = this.keyOf(`${articleId}\n${visitor.address}\n${visitor.userAgent}`)
    const byAddress = this.keyOf(`${articleId}\n${visitor.address}`)
    const browserCount = this.counts.get(byBrowser) ?? 0
    const addressCount = this.counts.get(byAddress) ?? 0
    if (browserCount >= MAX_VISITS_PER_BROWSER || addressCount >= MAX_VISITS_PER_ADDRESS) {
      return false
    }
    this.remember(byBrowser, browserCount)
    this.remember(byAddress, addressCount)
    return true
  }

  private keyOf(text: string): string {
    return createHash('sha256').update(this.salt).update(text).digest('base64url')
  }

  /**
   * Stored newest last, so a full table drops the visitors idle longest: refusing to store the
   * new one instead would let it through on every visit.
   */
  private remember(key: string, count: number) {
    this.counts.delete(key)
    this.counts.set(key, count + 1)
    for (const oldest of this.counts.keys()) {
      if (this.counts.size <= this.maxEntries) break
      this.counts.delete(oldest)
    }
  }

  private rotate() {
    const today = dayOf(this.now())
    if (today === this.day) return
    this.day = today
    this.salt = randomBytes(32)
    this.counts = new Map()
  }
}
