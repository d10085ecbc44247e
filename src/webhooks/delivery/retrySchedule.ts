export type RetryPolicy = { retryBaseMs: number; retryForMs: number }

/** Exponential backoff: the base, then twice as long after every failed attempt. */
export const delayAfterAttempt = (attempts: number, { retryBaseMs }: RetryPolicy) =>
  retryBaseMs * 2 ** Math.max(0, attempts - 1)

/**
 * When to try again after `attempts` failed ones, or null when that would fall outside the
 * retry window that began with the first attempt (24 hours unless configured).
 */
export function nextAttemptAt(
  firstAttemptAt: Date,
  attempts: number,
  policy: RetryPolicy,
  now = new Date(),
): Date | null {
  const next = new Date(now.getTime() + delayAfterAttempt(attempts, policy))
  return next.getTime() - firstAttemptAt.getTime() > policy.retryForMs ? null : next
}
