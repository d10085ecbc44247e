import { BlockList, isIP } from 'node:net'

/**
 * Who may tell us the client's address. `none`: nobody, the socket's peer is the client. `hops`:
 * that many proxies stand in front of the app, each appending to X-Forwarded-For. `addresses`:
 * peers (and X-Forwarded-For entries) inside these addresses or ranges are our own proxies.
 */
export type TrustedProxies =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList }

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: 'none' }

/** An address in the form sockets and proxies write it: without IPv6 brackets or a v4 port. */
export function plainAddress(raw: string): string | null {
  let address = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed?.[1]) address = bracketed[1]
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.replace(/:\d+$/, '')
  // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; the client is a.b.c.d either way.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) address = mapped[1]
  return isIP(address) ? address.toLowerCase() : null
}

function addEntry(list: BlockList, entry: string): string | null {
  const [base = '', prefix, ...rest] = entry.split('/')
  const address = plainAddress(base)
  if (!address || rest.length > 0) return `"${entry}" is not an IP address or CIDR range`
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6'
  if (prefix === undefined) {
    list.addAddress(address, family)
    return null
  }
  const bits = Number(prefix)
  const max = family === 'ipv4' ? 32 : 128
  if (!/^\d+$/.test(prefix) || bits > max) return `"${entry}" has a prefix outside 0-${max}`
  list.addSubnet(address, bits, family)
  return null
}

/**
 * TRUSTED_PROXIES as written: empty for none, a whole number of hops such as `1`, or a
 * comma-separated list such as `10.0.0.0/8, 172.16.0.0/12, ::1`. Returns a problem as text.
 */
export function parseTrustedProxies(spec: string): TrustedProxies | string {
  const text = spec.trim()
  if (text === '' || text === '0') return NO_TRUSTED_PROXIES
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) }
  const list = new BlockList()
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (!entry) continue
    const problem = addEntry(list, entry)
    if (problem) return problem
  }
  return { kind: 'addresses', list }
}

export function isTrusted(trusted: TrustedProxies, address: string): boolean {
  if (trusted.kind !== 'addresses') return false
  return trusted.list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6')
}
