import { isIPv4, isIPv6 } from 'node:net'

/** IPv4 ranges no partner's server lives in: this host, private networks, link-local, reserved. */
const NON_PUBLIC_IPV4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relays
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
]

/** IPv6 prefixes (as 16-bit groups) that are not on the public internet. */
const NON_PUBLIC_IPV6: [number[], number][] = [
  [[0xfc00], 7], // unique local
  [[0xfe80], 10], // link-local
  [[0xfec0], 10], // site-local (deprecated)
  [[0xff00], 8], // multicast
  [[0x2001, 0x0db8], 32], // documentation
  [[0x0100, 0, 0, 0], 64], // discard
  [[0x2001, 0], 23], // IETF protocol assignments (Teredo among them)
]

const ipv4ToNumber = (address: string) =>
  address.split('.').reduce((value, part) => value * 256 + Number(part), 0)

function isNonPublicIpv4(address: string): boolean {
  const value = ipv4ToNumber(address)
  return NON_PUBLIC_IPV4.some(([base, bits]) => {
    const size = 2 ** (32 - bits)
    return Math.floor(value / size) === Math.floor(ipv4ToNumber(base) / size)
  })
}

/** The eight 16-bit groups of an IPv6 address, with `::` and a trailing dotted IPv4 expanded. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1]
  if (dotted) {
    const value = ipv4ToNumber(dotted)
    const high = Math.floor(value / 65536).toString(16)
    const low = (value % 65536).toString(16)
    text = `${text.slice(0, -dotted.length)}${high}:${low}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  const zeros = new Array(8 - left.length - right.length).fill(0)
  return [...left, ...zeros, ...right]
}

const groupsToIpv4 = (high: number, low: number) =>
  [high >> 8, high & 255, low >> 8, low & 255].join('.')

function hasPrefix(groups: number[], prefix: number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 16) {
    const width = Math.min(16, bits - bit)
    const mask = (0xffff << (16 - width)) & 0xffff
    const index = bit / 16
    if (((groups[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false
  }
  return true
}

/** An IPv4 address an IPv6 one carries (mapped, translated, compatible or 6to4), if any. */
function embeddedIpv4(groups: number[]): string | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups
  const firstFiveZero = a === 0 && b === 0 && c === 0 && d === 0 && e === 0
  if (firstFiveZero && (f === 0xffff || f === 0)) return groupsToIpv4(g, h) // ::ffff:a.b.c.d, ::a.b.c.d
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0xffff && f === 0) return groupsToIpv4(g, h)
  if (a === 0x64 && b === 0xff9b) return groupsToIpv4(g, h) // NAT64
  if (a === 0x2002) return groupsToIpv4(b, c) // 6to4
  return null
}

function isNonPublicIpv6(address: string): boolean {
  const groups = ipv6Groups(address)
  if (groups.every((group) => group === 0)) return true // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true // ::1
  const carried = embeddedIpv4(groups)
  if (carried) return isNonPublicIpv4(carried)
  return NON_PUBLIC_IPV6.some(([prefix, bits]) => hasPrefix(groups, prefix, bits))
}

/**
 * True for an address on the public internet; false for loopback, private, link-local, reserved
 * and multicast ranges, also when an IPv6 address carries such an IPv4 one. Not an IP: false.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  if (isIPv4(bare)) return !isNonPublicIpv4(bare)
  if (isIPv6(bare)) return !isNonPublicIpv6(bare)
  return false
}
