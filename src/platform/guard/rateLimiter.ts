/** What a limiter says about one request. */
export type RateLimitDecision = {
  isAllowed: boolean
  limit: number
  remaining: number
  /** Whole seconds until the next request from this key would be allowed (0 when allowed). */
  retryAfterSeconds: number
}

export type RateLimiterOptions = {
  /** Requests a key may make per window; 0 switches the limiter off. */
  limit: number
  windowMs: number
  /** Keys kept before idle ones are swept, so a flood of addresses cannot grow memory forever. */
  maxKeys?: number
  now?: () => number
}

type Bucket = { tokens: number; updatedAt: number }

/**
 * A token bucket per key (one key per client address): `limit` requests at once, refilled
 * evenly over the window. In memory, so each app instance counts on its own.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly refillPerMs: number
  private readonly maxKeys: number
  private readonly now: () => number

  constructor(private readonly options: RateLimiterOptions) {
    this.refillPerMs = options.limit / options.windowMs
    this.maxKeys = options.maxKeys ?? 50_000
    this.now = options.now ?? Date.now
  }

  get isEnabled(): boolean {
    return this.options.limit > 0
  }

  take(key: string): RateLimitDecision {
    const { limit } = this.options
    if (!this.isEnabled) return { isAllowed: true, limit, remaining: limit, retryAfterSeconds: 0 }

    const now = this.now()
    const bucket = this.refilled(this.buckets.get(key), now)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      this.store(key, bucket)
      return { isAllowed: true, limit, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 }
    }
    this.store(key, bucket)
    const waitMs = (1 - bucket.tokens) / this.refillPerMs
    return { isAllowed: false, limit, remaining: 0, retryAfterSeconds: Math.ceil(waitMs / 1000) }
  }

  /** Gives a key its full allowance back (a sign-in that succeeded forgets the failures). */
  reset(key: string) {
    this.buckets.delete(key)
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.options.limit, updatedAt: now }
    const tokens = Math.min(
      this.options.limit,
      bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs,
    )
    return { tokens, updatedAt: now }
  }

  private store(key: string, bucket: Bucket) {
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    if (this.buckets.size > this.maxKeys) this.sweep()
  }

  /** Drops full buckets (idle keys), then the least recently used ones if still too many. */
  private sweep() {
    const now = this.now()
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.options.limit) this.buckets.delete(key)
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break
      this.buckets.delete(key)
    }
  }
}

/** Standard headers telling a client where it stands (draft RateLimit fields and Retry-After). */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
  }
  if (!decision.isAllowed) headers['Retry-After'] = String(decision.retryAfterSeconds)
  return headers
}
