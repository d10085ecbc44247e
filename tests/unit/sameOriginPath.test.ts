import fc from 'fast-check'
import { getSafeRedirect } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { sameOriginPath } from '@/platform/security/sameOriginPath'

import { HOSTILE_REDIRECTS, hostileRedirect } from '../../e2e/support/hostileRedirects'

const SITE = 'https://dispatch.example'
const FALLBACK = '/military'
const safe = (value: string) => sameOriginPath(value, { origin: SITE, fallback: FALLBACK })

/** Where a browser on `base` goes with `location` in a Location header or a link. */
const landsOn = (location: string, base: string) => new URL(location, base).origin

/** Whether a redirect target keeps a browser on whichever host served it. */
function keepsBrowserHome(location: string): boolean {
  return (
    landsOn(location, SITE) === SITE &&
    // Behind a proxy the request's own host may differ from SERVER_URL.
    landsOn(location, 'http://localhost:3000') === 'http://localhost:3000'
  )
}

const ordinarySegment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/)

describe('sameOriginPath', () => {
  it('should keep paths on the site as they are, with their query and fragment', () => {
    expect(safe('/military/a-story')).toBe('/military/a-story')
    expect(safe('/search?q=air%20defence&page=2#results')).toBe(
      '/search?q=air%20defence&page=2#results',
    )
    expect(safe('/search?q=100%25')).toBe('/search?q=100%25')
    fc.assert(
      fc.property(fc.array(ordinarySegment, { minLength: 1, maxLength: 4 }), (segments) => {
        const path = `/${segments.join('/')}`
        expect(safe(path)).toBe(path)
      }),
    )
  })

  it('should answer the fallback for every known hostile redirect target', () => {
    for (const hostile of HOSTILE_REDIRECTS)
      expect(safe(hostile), JSON.stringify(hostile)).toBe(FALLBACK)
  })

  it('should answer the fallback for missing and relative values', () => {
    for (const value of [null, undefined, '', 'military', '.', '?q=1']) {
      expect(safe(value as string), String(value)).toBe(FALLBACK)
    }
  })

  it('should keep the browser on the site for any generated target', () => {
    fc.assert(
      fc.property(hostileRedirect, (value) => {
        const location = safe(value)
        expect(keepsBrowserHome(location), JSON.stringify([value, location])).toBe(true)
        // Decoding it once more (as some servers do before redirecting again) stays home too.
        expect(keepsBrowserHome(decodeURIComponentOrSelf(location)), location).toBe(true)
      }),
      { numRuns: 5_000, seed: 20261126 },
    )
  })
})

/**
 * Payload's admin sign-in (`/admin/login?redirect=`) and its form use Payload's own
 * `getSafeRedirect`; this holds it to the same property, so an unsafe upgrade is noticed.
 */
describe("Payload's getSafeRedirect (admin sign-in)", () => {
  const payloadSafe = (value: string) =>
    getSafeRedirect({ fallbackTo: '/admin', redirectTo: value })

  it('should answer the fallback for every known hostile redirect target', () => {
    for (const hostile of HOSTILE_REDIRECTS) {
      expect(keepsBrowserHome(payloadSafe(hostile)), JSON.stringify(hostile)).toBe(true)
    }
  })

  it('should keep the browser on the site for any generated target', () => {
    fc.assert(
      fc.property(hostileRedirect, (value) => {
        const location = payloadSafe(value)
        expect(keepsBrowserHome(location), JSON.stringify([value, location])).toBe(true)
      }),
      { numRuns: 5_000, seed: 20261126 },
    )
  })
})

function decodeURIComponentOrSelf(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
