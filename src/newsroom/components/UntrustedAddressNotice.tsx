'use client'

import type { ReactNode } from 'react'
import { useSyncExternalStore } from 'react'

type Props = {
  children?: ReactNode
  /** Origins whose requests may use the session (src/platform/security/trustedOrigins.ts). */
  trustedOrigins: string[]
  /** The admin on SERVER_URL, where the editor should go instead. */
  adminUrl: string
}

/**
 * Opened from an address the server does not trust, the admin lets you sign in and then refuses
 * every save ("You are not allowed to perform this action"): the session cookie is ignored on
 * requests from that origin, which is the CSRF defence. This says so up front, with the address
 * that works. The check runs in the browser because only the browser knows the origin it sends.
 */
/** The page's origin never changes while it is open; on the server there is none. */
const noChanges = () => () => {}
const browserOrigin = () => window.location.origin
const noOrigin = () => null

export function UntrustedAddressNotice({ children, trustedOrigins, adminUrl }: Props) {
  const origin = useSyncExternalStore(noChanges, browserOrigin, noOrigin)
  const openedAt = origin && !trustedOrigins.includes(origin) ? origin : null

  return (
    <>
      {openedAt ? (
        <div
          role="alert"
          data-testid="untrusted-address"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 1000,
            padding: '12px 20px',
            background: '#8a1c1c',
            color: '#fff',
            fontSize: 15,
            lineHeight: 1.4,
          }}
        >
          This admin does not work at <strong>{openedAt}</strong>: you could sign in, but every save
          would be refused. Open it at{' '}
          <a href={adminUrl} style={{ color: '#fff', textDecoration: 'underline' }}>
            {adminUrl}
          </a>{' '}
          instead.
        </div>
      ) : null}
      {children}
    </>
  )
}
