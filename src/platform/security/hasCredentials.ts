/** Payload's session cookie (its default `cookiePrefix` is `payload`). */
export const SESSION_COOKIE = 'payload-token'

/**
 * Whether a request presents credentials: an Authorization header (JWT or API key) or Payload's
 * session cookie. Nothing is verified here; Payload checks them later. For where presence is what
 * matters (the outage mapping); the API guard's larger allowance needs a session that verifies
 * (hasValidSession.ts).
 */
export function hasCredentials(headers: Headers): boolean {
  if (headers.get('authorization')) return true
  const cookies = headers.get('cookie') ?? ''
  return cookies.split(';').some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`))
}
