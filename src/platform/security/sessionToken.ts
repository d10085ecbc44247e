import { SESSION_COOKIE } from './hasCredentials'

/**
 * The session JWT a request carries, where Payload looks for it (its default `jwtOrder`):
 * `Authorization: JWT …`, `Authorization: Bearer …`, then the session cookie. Null without one;
 * an API key (`users API-Key …`) is not a session token.
 */
export function sessionToken(headers: Headers): string | null {
  const authorization = headers.get('authorization') ?? ''
  for (const scheme of ['JWT ', 'Bearer ']) {
    if (authorization.startsWith(scheme)) return authorization.slice(scheme.length).trim() || null
  }
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=')
    if (name === SESSION_COOKIE) return value.join('=') || null
  }
  return null
}
