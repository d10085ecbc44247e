/**
 * A cap on the connections one client (key) holds open at once, for long-lived responses such as
 * event streams that a request-rate limit never sees again once they are open. In memory, so
 * each app instance counts on its own; a key is forgotten when its last connection closes.
 */
export class ConnectionLimiter {
  private readonly open = new Map<string, number>()

  /** `limit` connections per key at once; 0 switches the limiter off. */
  constructor(private readonly limit: number) {}

  /**
   * Takes a place for one connection: its release (safe to call more than once), or null when
   * the key already holds `limit` of them.
   */
  take(key: string): (() => void) | null {
    const count = this.open.get(key) ?? 0
    if (this.limit > 0 && count >= this.limit) return null
    this.open.set(key, count + 1)
    let isReleased = false
    return () => {
      if (isReleased) return
      isReleased = true
      const left = (this.open.get(key) ?? 1) - 1
      if (left > 0) this.open.set(key, left)
      else this.open.delete(key)
    }
  }
}
