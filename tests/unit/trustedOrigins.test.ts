import { describe, expect, it } from 'vitest'

import { trustedOrigins } from '@/platform/security/trustedOrigins'

describe('origins whose requests may use the session', () => {
  it('should trust every loopback name of the embedded demo on its port', () => {
    expect(
      trustedOrigins({ serverUrl: 'http://localhost:3000', isEmbedded: true, port: 3000 }),
    ).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
  })

  it('should trust only SERVER_URL outside the embedded demo', () => {
    expect(
      trustedOrigins({ serverUrl: 'https://news.example/', isEmbedded: false, port: 3000 }),
    ).toEqual(['https://news.example'])
  })
})
