import { describe, expect, it } from 'vitest'

import { hasCredentials } from '@/platform/security/hasCredentials'

const headers = (entries: Record<string, string>) => new Headers(entries)

describe('hasCredentials', () => {
  it('should count an Authorization header as credentials', () => {
    expect(hasCredentials(headers({ authorization: 'users API-Key abc' }))).toBe(true)
  })

  it("should count Payload's session cookie among other cookies", () => {
    expect(hasCredentials(headers({ cookie: 'theme=dark; payload-token=abc' }))).toBe(true)
  })

  it('should not count cookies that only look like the session cookie', () => {
    for (const cookie of ['xpayload-token=abc', 'other-token=abc', 'theme=payload-token']) {
      expect(hasCredentials(headers({ cookie })), cookie).toBe(false)
    }
  })

  it('should not count a request without either', () => {
    expect(hasCredentials(headers({}))).toBe(false)
  })
})
