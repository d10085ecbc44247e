/**
 * One holder at a time per key, the others queued in arrival order. A holder that never
 * releases (a caller that threw where no hook sees it) is let go after `leaseMs`, so one lost
 * release delays the next save of that document instead of blocking it for good.
 */
export class KeyedLock {
  private tails = new Map<string, Promise<void>>()

  constructor(private readonly leaseMs = 30_000) {}

  /** Waits for the key, then returns the function that releases it (safe to call twice). */
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      const lease = setTimeout(resolve, this.leaseMs)
      lease.unref()
      release = () => {
        clearTimeout(lease)
        resolve()
      }
    })
    const tail = previous.then(() => held)
    this.tails.set(key, tail)
    // The last holder forgets the key, so the map holds only documents being saved right now.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    await previous
    return release
  }
}
