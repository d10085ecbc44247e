import { isIP } from 'node:net'

/** The 16-bit groups of an IPv6 address, `::` filled in and a trailing IPv4 part as two groups. */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, '')
  const ipv4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (ipv4) {
    const [a = 0, b = 0, c = 0, d = 0] = ipv4.slice(1).map(Number)
    text = `${text.slice(0, ipv4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parts = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const before = parts(head)
  const after = tail === undefined ? [] : parts(tail)
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after]
}

/**
 * The client an address stands for: an IPv4 address itself; an IPv6 address its /64, the block
 * one home, phone or server is given, so the billions of addresses inside it count as one client.
 * Expects an address as `plainAddress` returns it (IPv4-mapped IPv6 already read as IPv4).
 */
export function clientNetwork(address: string): string {
  if (isIP(address) !== 6) return address
  const prefix = ipv6Groups(address).slice(0, 4)
  return `${prefix.map((group) => group.toString(16)).join(':')}::/64`
}
