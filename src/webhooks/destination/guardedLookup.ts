import type { LookupAddress, LookupOptions } from 'node:dns'
import { lookup } from 'node:dns'

import { isPublicAddress } from './isPublicAddress'

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

export class PrivateAddressError extends Error {
  constructor(hostname: string) {
    super(`${hostname} resolves to a loopback, private or link-local address`)
    this.name = 'PrivateAddressError'
  }
}

/**
 * A `lookup` for node:http that refuses a name if any of its addresses is not public. The check
 * runs on the very answer the socket connects to, so a name that resolved to a public address at
 * registration and to 127.0.0.1 now (DNS rebinding) is refused at delivery.
 */
export function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  lookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, [])
    if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address))) {
      return callback(new PrivateAddressError(hostname), [])
    }
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    if (!first) return callback(new PrivateAddressError(hostname), [])
    callback(null, first.address, first.family)
  })
}
