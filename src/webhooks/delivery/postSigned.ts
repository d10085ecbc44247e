import http from 'node:http'
import https from 'node:https'

import { checkDestination } from '../destination/checkDestination'
import { guardedLookup } from '../destination/guardedLookup'
import { SIGNATURE_HEADER, signatureHeader } from './signature'

export type AttemptOutcome = {
  /** The receiver's status code; null when there was no answer (refused, timeout, network). */
  statusCode: number | null
  responseMs: number
  error: string | null
}

export type SignedPost = {
  url: string
  body: string
  secret: string
  eventId: string
  eventType: string
  timeoutMs: number
  allowPrivate: boolean
}

export const isSuccess = (outcome: AttemptOutcome) =>
  outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300

/**
 * One signed POST. node:http never follows redirects, so a 3xx is just a failed attempt (a
 * redirect cannot lead the request to an internal address); the address is checked again here
 * and at connect time; the whole exchange is cut off after `timeoutMs`.
 */
export async function postSigned(post: SignedPost): Promise<AttemptOutcome> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const destination = await checkDestination(post.url, { allowPrivate: post.allowPrivate })
  if (!destination.isAllowed) {
    return { statusCode: null, responseMs: 0, error: `Refused: the URL ${destination.reason}` }
  }
  const { url } = destination
  const timestamp = Math.floor(Date.now() / 1000)
  const client = url.protocol === 'https:' ? https : http

  return new Promise<AttemptOutcome>((resolve) => {
    const request = client.request(url, {
      method: 'POST',
      agent: false,
      lookup: post.allowPrivate ? undefined : guardedLookup,
      signal: AbortSignal.timeout(post.timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(post.body),
        'User-Agent': 'Dispatch-Webhooks/1',
        'Dispatch-Event-Id': post.eventId,
        'Dispatch-Event-Type': post.eventType,
        [SIGNATURE_HEADER]: signatureHeader(post.secret, post.body, timestamp),
      },
    })
    request.on('response', (response) => {
      // The answer's body means nothing to us; read it away so the socket can close.
      response.resume()
      response.on('error', () => undefined)
      resolve({ statusCode: response.statusCode ?? null, responseMs: elapsed(), error: null })
    })
    request.on('error', (err) => {
      const isTimeout = err.name === 'AbortError' || err.name === 'TimeoutError'
      resolve({
        statusCode: null,
        responseMs: elapsed(),
        error: isTimeout ? `No answer within ${post.timeoutMs} ms` : err.message,
      })
    })
    request.end(post.body)
  })
}
