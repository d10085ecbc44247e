import type { Payload } from 'payload'

import { isDatabaseReachable } from '../database/isDatabaseReachable'

/** What a load balancer or edge probe needs to know before sending readers here. */
export type Readiness = {
  ready: boolean
  checks: Record<string, 'ok' | 'unreachable'>
}

/** A probe must answer well inside its own timeout (Docker's and Varnish's are a few seconds). */
const CHECK_TIMEOUT_MS = 2000

const withinTimeout = (check: Promise<boolean>): Promise<boolean> =>
  Promise.race([
    check,
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CHECK_TIMEOUT_MS).unref()),
  ])

/**
 * Every dependency this instance cannot serve without, each checked with one trivial round trip.
 * Today that is the database; shared caches and object storage join the list when configured.
 */
export async function checkReadiness(payload: Payload): Promise<Readiness> {
  const database = await withinTimeout(isDatabaseReachable(payload))
  const checks: Readiness['checks'] = { database: database ? 'ok' : 'unreachable' }
  return { ready: Object.values(checks).every((state) => state === 'ok'), checks }
}
