'use client'

import { useState, useSyncExternalStore } from 'react'

type Props = { url: string; title: string }

const noChanges = () => () => undefined

/** Copy link (with a visible confirmation) and, where the browser has one, its share sheet. */
export function ShareActions({ url, title }: Props) {
  // False while rendering on the server, then whatever this browser offers.
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === 'function',
    () => false,
  )
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Copied')
    } catch {
      setStatus('Press Ctrl+C to copy the address')
    }
  }

  return (
    <>
      <li>
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <span role="status" className="share-status">
          {status}
        </span>
      </li>
      {canShare && (
        <li>
          <button
            type="button"
            onClick={() => navigator.share({ url, title }).catch(() => undefined)}
          >
            Share…
          </button>
        </li>
      )}
    </>
  )
}
