import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import type { USERS } from '@collections/slugs'
import { clientAddress } from '@/platform/guard/clientAddress'
import { RateLimiter } from '@/platform/guard/rateLimiter'

const WINDOW_MS = 15 * 60_000

/** Wrong passwords for one account from one address: a typo or two, not a guessing run. */
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5

/**
 * Wrong passwords for one account from everywhere: past this, guessing from many addresses is
 * slowed down, never refused (a refusal would let 20 addresses lock the editor out, red team).
 */
export const FAILURES_PER_ACCOUNT = 100

/** How long each sign-in for an account under such an attack waits: the editor's too, once. */
export const UNDER_ATTACK_DELAY_MS = 2_000

type Counters = { pair: RateLimiter; account: RateLimiter }

// On globalThis: Next.js may load this module once per route bundle; the counts must be one.
const store = globalThis as typeof globalThis & { dispatchSignInFailures?: Counters }
const counters = (store.dispatchSignInFailures ??= {
  pair: new RateLimiter({ limit: FAILURES_PER_ACCOUNT_AND_ADDRESS, windowMs: WINDOW_MS }),
  account: new RateLimiter({ limit: FAILURES_PER_ACCOUNT, windowMs: WINDOW_MS }),
})

const emailOf = (args: unknown): string => {
  const data = args && typeof args === 'object' && 'data' in args ? args.data : null
  const email = data && typeof data === 'object' && 'email' in data ? data.email : null
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

const pairKey = (email: string, headers: Headers) => `${email}\n${clientAddress(headers)}`

export type SignInVerdict = { isRefused: boolean; delayMs: number }

/**
 * One sign-in attempt for `email` from `address`: refused once that address has used its tries
 * on that account; delayed, never refused, once the account has had too many failures from
 * everywhere.
 */
export function takeSignInAttempt(email: string, address: string): SignInVerdict {
  const pair = counters.pair.take(`${email}\n${address}`)
  if (!pair.isAllowed) return { isRefused: true, delayMs: 0 }
  const account = counters.account.take(email)
  return { isRefused: false, delayMs: account.isAllowed ? 0 : UNDER_ATTACK_DELAY_MS }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Takes the place of Payload's account lock (`maxLoginAttempts: 0`), which let anyone lock an
 * editor out by failing five times: here failures are counted per account and client address,
 * so a guesser runs out of tries while the editor, elsewhere, signs in as usual; guessing from
 * many addresses at once only slows every attempt down. Each attempt is counted before the
 * password is checked; a sign-in that succeeds gives its tries back.
 */
export const limitFailedSignIns: CollectionBeforeOperationHook<typeof USERS> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const verdict = takeSignInAttempt(emailOf(args), clientAddress(req.headers))
  if (verdict.isRefused) {
    throw new APIError(
      'Too many failed sign-ins for this account from this address. Try again later.',
      429,
      null,
      true,
    )
  }
  if (verdict.delayMs > 0) await wait(verdict.delayMs)
  return args
}

export const forgetFailedSignIns: CollectionAfterLoginHook = ({ req, user }) => {
  const email = typeof user.email === 'string' ? user.email.toLowerCase().trim() : ''
  counters.pair.reset(pairKey(email, req.headers))
}
