import type { IncomingMessage } from 'node:http'

/** Next.js's limit for a Server Action's body (next.config.ts sets no other). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024

/** Where Next.js looks for an action's body already read (its "minimal mode" uses it too). */
const NEXT_REQUEST_META = Symbol.for('NextInternalRequestMeta')

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether a request calls a Server Action with a body Next.js decodes as JSON: every form but
 * multipart (which the admin sends when an argument holds a file).
 */
export function isJsonServerActionCall(request: IncomingMessage): boolean {
  const contentType = request.headers['content-type'] ?? ''
  return (
    request.method === 'POST' &&
    Boolean(request.headers['next-action']) &&
    !contentType.toLowerCase().startsWith('multipart/form-data')
  )
}

/**
 * Whether a JSON Server Action body is what the site's only action, Payload's admin server
 * function (app/(payload)/layout.tsx), is sent by React: one `{ name, args? }` object. Anything
 * else failed inside Next.js (`junk`) or inside Payload (`[1]`) with a 500.
 */
export function isServerFunctionCall(body: string): boolean {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return false
  }
  if (!Array.isArray(parsed) || parsed.length !== 1) return false
  const [call] = parsed as unknown[]
  return (
    isPlainObject(call) &&
    typeof call.name === 'string' &&
    call.name !== '' &&
    (call.args === undefined || isPlainObject(call.args))
  )
}

/** The body, or null when it exceeds the limit (Next.js would answer 413 too). */
export async function readActionBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > SERVER_ACTION_BODY_LIMIT) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** Gives the read body to Next.js, which takes it from its request meta instead of the socket. */
export function handOverActionBody(request: IncomingMessage, body: Buffer): void {
  const holder = request as IncomingMessage & { [NEXT_REQUEST_META]?: Record<string, unknown> }
  holder[NEXT_REQUEST_META] = { ...holder[NEXT_REQUEST_META], actionBody: body }
}
