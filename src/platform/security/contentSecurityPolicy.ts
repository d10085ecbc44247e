/**
 * The site's Content-Security-Policy, in two strengths (see docs/security.md):
 * - `cachedPagePolicy`: pages served from the ISR cache carry the same bytes to every reader, so
 *   they cannot carry a per-request nonce; Next.js's inline RSC scripts then need 'unsafe-inline'.
 * - `noncePolicy`: pages rendered per request anyway (the admin) get a fresh nonce and
 *   'strict-dynamic', so only scripts Next.js itself emitted (and what they load) run.
 */

type Options = {
  /** `'none'` unless the page is shown inside the admin's live preview. */
  frameAncestors: "'none'" | "'self'"
  /** React's development build evaluates strings for its call stacks. */
  isDevelopment: boolean
}

function serialize(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

function baseDirectives({ frameAncestors }: Options): Record<string, string> {
  return {
    'default-src': "'self'",
    // The admin and the site set style attributes; styles cannot run code.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': frameAncestors,
  }
}

const evalIfDevelopment = ({ isDevelopment }: Options) => (isDevelopment ? " 'unsafe-eval'" : '')

export function cachedPagePolicy(options: Options): string {
  return serialize({
    ...baseDirectives(options),
    'script-src': `'self' 'unsafe-inline'${evalIfDevelopment(options)}`,
  })
}

export function noncePolicy(nonce: string, options: Options): string {
  return serialize({
    ...baseDirectives(options),
    // 'self' and 'unsafe-inline' only for browsers without CSP 3; 'strict-dynamic' ignores both.
    'script-src': `'nonce-${nonce}' 'strict-dynamic' 'self' 'unsafe-inline'${evalIfDevelopment(options)}`,
  })
}
