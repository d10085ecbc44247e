import type { Env } from '../env'

/**
 * The browser origins whose requests may carry the session cookie (Payload's `csrf` list). Always
 * SERVER_URL; the embedded demo also answers on every loopback name for its port, because people
 * open it at whichever of localhost, 127.0.0.1 and [::1] their tools print. Nothing else: a page
 * on any other origin that makes the browser send the cookie is still refused (docs/security.md).
 */
export function trustedOrigins(env: Pick<Env, 'serverUrl' | 'isEmbedded' | 'port'>): string[] {
  const origins = new Set([new URL(env.serverUrl).origin])
  if (env.isEmbedded) {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      origins.add(`http://${host}:${env.port}`)
    }
  }
  return [...origins]
}
