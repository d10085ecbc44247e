'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { SHARE_LINKS } from '@collections/slugs'
import type { ShareLink, User } from '@/payload-types'
import { canPublish } from '@/people/roles'

type Issued = { id: string; path: string; expiresAt: string }

/** The article's links that still open something: not revoked, not yet expired. */
async function liveLinks(base: string, articleId: string | number): Promise<ShareLink[]> {
  const query = new URLSearchParams({
    'where[article][equals]': String(articleId),
    'where[revokedAt][exists]': 'false',
    'where[expiresAt][greater_than]': new Date().toISOString(),
    sort: '-createdAt',
    depth: '0',
  })
  const response = await fetch(`${base}?${query}`, { credentials: 'include' })
  return response.ok ? ((await response.json()) as { docs: ShareLink[] }).docs : []
}

const formatExpiry = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * "Share preview" in an article's sidebar, for editors only: makes a link to the latest draft
 * that works without signing in, shows it once to copy, and revokes any live link. The token is
 * never stored, so the full link is only in this answer.
 */
export function ShareLinks() {
  const { user } = useAuth<User>()
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [links, setLinks] = useState<ShareLink[]>([])
  const [issued, setIssued] = useState<Issued | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // Relative: the admin's own origin, whose session cookie Payload accepts.
  const base = `${api}/${SHARE_LINKS}`

  // Bumped after a create or revoke, so the list of live links is read again.
  const [listVersion, setListVersion] = useState(0)
  const reloadLinks = () => setListVersion((version) => version + 1)

  useEffect(() => {
    if (!id || !canPublish(user)) return
    let isCurrent = true
    void liveLinks(base, id).then((docs) => {
      if (isCurrent) setLinks(docs)
    })
    return () => {
      isCurrent = false
    }
  }, [base, id, user, listVersion])

  if (!id || !canPublish(user)) return null

  const create = async () => {
    setProblem(null)
    const response = await fetch(`${base}/issue`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ article: id }),
    })
    if (!response.ok) return setProblem('The share link could not be made.')
    setIssued((await response.json()) as Issued)
    reloadLinks()
  }

  const revoke = async (linkId: string) => {
    const response = await fetch(`${base}/${linkId}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ revokedAt: new Date().toISOString() }),
    })
    if (!response.ok) return setProblem('The share link could not be revoked.')
    if (issued?.id === linkId) setIssued(null)
    reloadLinks()
  }

  const issuedUrl = issued ? `${serverURL || window.location.origin}${issued.path}` : ''

  return (
    <div className="field-type share-links" data-testid="share-links">
      <p className="field-label">Share preview</p>
      <p style={{ color: 'var(--theme-elevation-500)', fontSize: '0.8125rem' }}>
        A read-only link to the latest draft for someone outside the newsroom, valid for 7 days.
      </p>
      {issued && (
        <div>
          <input
            aria-label="Share link"
            readOnly
            value={issuedUrl}
            onFocus={(event) => event.currentTarget.select()}
            style={{ width: '100%' }}
          />
          <Button
            buttonStyle="secondary"
            size="small"
            onClick={() => void navigator.clipboard?.writeText(issuedUrl)}
          >
            Copy link
          </Button>
        </div>
      )}
      <Button buttonStyle="secondary" size="small" onClick={() => void create()}>
        Create share link
      </Button>
      {links.map((link) => (
        <p key={link.id} style={{ fontSize: '0.8125rem' }}>
          Link expiring {formatExpiry(link.expiresAt)}{' '}
          <Button buttonStyle="none" size="small" onClick={() => void revoke(link.id)}>
            Revoke
          </Button>
        </p>
      ))}
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
    </div>
  )
}
