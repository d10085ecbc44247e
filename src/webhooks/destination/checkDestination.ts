import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { isPublicAddress } from './isPublicAddress'

export type DestinationCheck = { isAllowed: true; url: URL } | { isAllowed: false; reason: string }

const refuse = (reason: string): DestinationCheck => ({ isAllowed: false, reason })

/** The host as an address when it is one (URL keeps IPv6 in brackets). */
export const literalAddress = (hostname: string): string | null => {
  const bare = hostname.replace(/^\[|\]$/g, '')
  return isIP(bare) ? bare : null
}

/**
 * May a webhook be sent to this URL? Only http(s), no credentials in it, and (unless
 * `allowPrivate`) a host whose every address is public. The URL parser has already turned
 * decimal, octal and hex IPv4 forms into dotted ones, so `0x7f.1` is checked as 127.0.0.1.
 * Names are resolved here for the admin's answer; delivery checks again at connect time.
 */
export async function checkDestination(
  raw: string,
  { allowPrivate }: { allowPrivate: boolean },
): Promise<DestinationCheck> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse('is not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('must be http or https')
  if (url.username || url.password) return refuse('may not carry a user name or password')
  if (allowPrivate) return { isAllowed: true, url }

  const literal = literalAddress(url.hostname)
  if (literal) {
    return isPublicAddress(literal)
      ? { isAllowed: true, url }
      : refuse('points at a loopback, private or link-local address')
  }
  let addresses: string[]
  try {
    addresses = (await lookup(url.hostname, { all: true, verbatim: true })).map(
      (entry) => entry.address,
    )
  } catch {
    return refuse('names a host that does not resolve')
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    return refuse('names a host that resolves to a loopback, private or link-local address')
  }
  return { isAllowed: true, url }
}
