import http from 'node:http'
import type { AddressInfo } from 'node:net'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { postSigned } from '@/webhooks/delivery/postSigned'
import { checkDestination } from '@/webhooks/destination/checkDestination'
import { guardedLookup } from '@/webhooks/destination/guardedLookup'

/** Without WEBHOOKS_ALLOW_PRIVATE, as in production (the tests' own setting allows loopback). */
const check = (url: string) => checkDestination(url, { allowPrivate: false })

const byte = fc.integer({ min: 0, max: 255 })

/** An address inside one of the IPv4 ranges no partner lives in, as four numbers. */
const privateIpv4 = fc.oneof(
  fc.tuple(fc.constant(127), byte, byte, byte),
  fc.tuple(fc.constant(10), byte, byte, byte),
  fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), byte, byte),
  fc.tuple(fc.constant(192), fc.constant(168), byte, byte),
  fc.tuple(fc.constant(169), fc.constant(254), byte, byte),
  fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), byte, byte),
  fc.tuple(fc.constant(0), byte, byte, byte),
  fc.tuple(fc.integer({ min: 224, max: 255 }), byte, byte, byte),
)

const asNumber = ([a, b, c, d]: number[]) =>
  (a ?? 0) * 2 ** 24 + (b ?? 0) * 65536 + (c ?? 0) * 256 + (d ?? 0)
const hex4 = (value: number) => value.toString(16)

/** Every way a URL may spell an IPv4 address that the WHATWG parser (and curl, and browsers) accept. */
const ipv4Spellings = (parts: number[]): string[] => {
  const [a = 0, b = 0, c = 0, d = 0] = parts
  const value = asNumber(parts)
  return [
    parts.join('.'),
    String(value), // decimal: http://2130706433/
    `0x${value.toString(16)}`, // hex: http://0x7f000001/
    parts.map((part) => `0${part.toString(8)}`).join('.'), // octal: http://0177.0.0.01/
    parts.map((part) => `0x${part.toString(16)}`).join('.'), // dotted hex
    `${a}.${b * 65536 + c * 256 + d}`, // a.b-c-d as one 24-bit number
    `${a}.${b}.${c * 256 + d}`,
    `[::ffff:${parts.join('.')}]`, // IPv4-mapped IPv6
    `[::ffff:${hex4(a * 256 + b)}:${hex4(c * 256 + d)}]`,
    `[0:0:0:0:0:ffff:${parts.join('.')}]`,
    `[64:ff9b::${parts.join('.')}]`, // NAT64
    `[2002:${hex4(a * 256 + b)}:${hex4(c * 256 + d)}::1]`, // 6to4
  ]
}

const group = fc.integer({ min: 0, max: 0xffff }).map(hex4)

/** IPv6 addresses in loopback, unique-local, link-local, site-local, multicast or documentation. */
const privateIpv6 = fc.oneof(
  fc.constantFrom('::1', '0:0:0:0:0:0:0:1', '::', '0000::0001'),
  fc
    .tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), group, group)
    .map(([a, b, c]) => `${hex4(a)}:${b}::${c}`),
  fc.tuple(fc.integer({ min: 0xfe80, max: 0xfeff }), group).map(([a, b]) => `${hex4(a)}::${b}`),
  fc.tuple(fc.integer({ min: 0xff00, max: 0xffff }), group).map(([a, b]) => `${hex4(a)}::${b}`),
  group.map((b) => `2001:db8:${b}::1`),
)

const scheme = fc.constantFrom('http', 'https', 'HTTP', 'hTTps')
const suffix = fc.constantFrom('', '/', '/hooks', ':8080/hooks?x=1', ':443/#frag')

describe('webhook destinations (SSRF)', () => {
  it('should refuse every spelling of a loopback, private or link-local IPv4 address', async () => {
    await fc.assert(
      fc.asyncProperty(
        privateIpv4,
        fc.nat(),
        scheme,
        suffix,
        async (parts, pick, protocol, rest) => {
          const spellings = ipv4Spellings(parts)
          const host = spellings[pick % spellings.length]
          const result = await check(`${protocol}://${host}${rest}`)
          expect(result.isAllowed, `${protocol}://${host}${rest}`).toBe(false)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('should refuse loopback, unique-local, link-local and multicast IPv6 addresses', async () => {
    await fc.assert(
      fc.asyncProperty(privateIpv6, scheme, suffix, async (address, protocol, rest) => {
        const result = await check(`${protocol}://[${address}]${rest}`)
        expect(result.isAllowed, address).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('should accept public addresses in any spelling', async () => {
    const publicIpv4 = fc
      .tuple(fc.integer({ min: 1, max: 223 }), byte, byte, byte)
      .filter(
        ([a, b]) =>
          ![0, 10, 100, 127, 169, 172, 192, 198, 203].includes(a) || (a === 100 && b < 64),
      )
    await fc.assert(
      fc.asyncProperty(publicIpv4, fc.nat(), async (parts, pick) => {
        const spellings = ipv4Spellings(parts).slice(0, 7)
        const host = spellings[pick % spellings.length]
        expect((await check(`https://${host}/hooks`)).isAllowed, host).toBe(true)
      }),
      { numRuns: 200 },
    )
    expect((await check('https://[2606:4700:4700::1111]/')).isAllowed).toBe(true)
  })

  it('should refuse names that resolve to loopback', async () => {
    for (const name of ['localhost', 'LOCALHOST', 'localhost.']) {
      expect((await check(`https://${name}/hooks`)).isAllowed, name).toBe(false)
    }
  })

  it('should refuse other schemes and URLs with credentials', async () => {
    for (const url of [
      'file:///etc/passwd',
      'gopher://203.0.114.1/',
      'ftp://203.0.114.1/',
      'javascript:alert(1)',
      'https://user:pass@203.0.114.1/',
      'not a url',
    ]) {
      expect((await check(url)).isAllowed, url).toBe(false)
    }
  })

  it('should refuse a private address at connect time as well (DNS rebinding)', async () => {
    const server = http.createServer((_request, response) => response.writeHead(200).end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    let requests = 0
    server.on('request', () => (requests += 1))
    try {
      const connectError = await new Promise<Error | null>((resolve) => {
        const request = http.request(`http://localhost:${port}/`, {
          lookup: guardedLookup,
          family: 4,
        })
        request.on('response', () => resolve(null))
        request.on('error', resolve)
        request.end()
      })
      expect(connectError?.name).toBe('PrivateAddressError')

      const outcome = await postSigned({
        url: `http://127.0.0.1:${port}/`,
        body: '{}',
        secret: 'whsec_test',
        eventId: 'evt_test',
        eventType: 'webhook.test',
        timeoutMs: 1000,
        allowPrivate: false,
      })
      expect(outcome).toMatchObject({ statusCode: null, error: expect.stringMatching(/^Refused/) })
      expect(requests).toBe(0)
    } finally {
      server.close()
    }
  })
})
