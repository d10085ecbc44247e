import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'Dispatch-Signature'

/** A fresh per-endpoint secret; the prefix makes a leaked one easy to recognise and search for. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`

const digest = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe and Standard Webhooks do. */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`
}

/** What a receiver does: recompute and compare in constant time, refusing stale timestamps. */
export function isValidSignature(
  secret: string,
  body: string,
  header: string,
  { toleranceSeconds = 300, now = Date.now() } = {},
): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]))
  const timestamp = Number(parts.get('t'))
  const given = Buffer.from(parts.get('v1') ?? '', 'hex')
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    return false
  }
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
