import { env } from '@/platform/env'

import { CLIENT_ADDRESS_HEADER } from './clientAddressHeader'
import { clientNetwork } from './clientNetwork'
import type { TrustedProxies } from './trustedProxies'
import { isTrusted, plainAddress } from './trustedProxies'

/** Every request that did not come through `server.ts` (`next dev`, a bare `next start`). */
const UNKNOWN = 'unknown'

/**
 * The one answer to "who is this client", for rate limits, sign-in limits and the view counter.
 * Without trusted proxies it is the socket's peer and X-Forwarded-For is ignored; with them,
 * X-Forwarded-For is read from the right, skipping our own proxies, and the first address that
 * is not one of ours is the client (anything further left was written by the client itself).
 * An IPv6 client is its /64 (`clientNetwork`); proxies are matched on their full address.
 */
export function clientAddress(
  headers: Headers,
  trusted: TrustedProxies = env.trustedProxies,
): string {
  const peer = plainAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? '')
  if (!peer) return UNKNOWN
  if (trusted.kind === 'none') return clientNetwork(peer)

  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Nearest first: each hop as the proxy in front of it recorded it.
  const hops = forwarded.reverse()
  let client = peer
  for (const [index, entry] of hops.entries()) {
    const isOurs = trusted.kind === 'hops' ? index < trusted.hops : isTrusted(trusted, client)
    if (!isOurs) break
    const address = plainAddress(entry)
    // Not an address: our proxy passed along something it did not write; it is the client.
    if (!address) break
    client = address
  }
  return clientNetwork(client)
}
