import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/platform/env'

/** The server's own ticker signs its calls with a token derived from PAYLOAD_SECRET. */
export const internalJobsToken = (secret = env.payloadSecret) =>
  createHmac('sha256', secret).update('jobs:run').digest('base64url')

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * `Authorization: Bearer …` with CRON_SECRET (an outside scheduler) or the internal token (this
 * server's ticker). Without CRON_SECRET only the server itself gets in.
 */
export function isAuthorizedJobsCall(authorization: string | null): boolean {
  const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim()
  if (!token) return false
  const accepted = [internalJobsToken(), env.cronSecret].filter(
    (value): value is string => typeof value === 'string',
  )
  return accepted.some((value) => sameText(token, value))
}
