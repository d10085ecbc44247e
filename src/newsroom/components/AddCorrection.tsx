'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import { NOTE_KINDS, type NoteKind } from '@collections/Articles/corrections/noteKinds'
import { MAX_NOTE_LENGTH } from '@collections/Articles/corrections/noteText'
import { canPublish } from '@/people/roles'
import type { User } from '@/payload-types'

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string }

/**
 * "Add a note" in the article's sidebar: a correction or an update that goes live on the
 * published story at once, without publishing the draft being edited. Editors only.
 */
export function AddCorrection() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [kind, setKind] = useState<NoteKind>('correction')
  const [text, setText] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const fieldId = useId()

  if (!id || !collectionSlug || !hasPublishedDoc || !canPublish(user)) return null

  const addNote = async () => {
    setStatus({ kind: 'saving' })
    const response = await fetch(
      formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/notes` }),
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind, text }),
      },
    )
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        errors?: { message?: string }[]
      } | null
      setStatus({
        kind: 'failed',
        message: body?.errors?.[0]?.message ?? 'The note was not saved.',
      })
      return
    }
    // The story was saved on the server: load it again so the form is not based on the old one.
    window.location.reload()
  }

  return (
    <div className="field-type add-correction">
      <h4>Add a note</h4>
      <p className="field-description">
        A correction or an update appears on the published story at once, with today&apos;s time.
        Your draft stays a draft.
      </p>
      <label htmlFor={`${fieldId}-kind`}>Kind</label>
      <select
        id={`${fieldId}-kind`}
        value={kind}
        onChange={(event) => setKind(event.target.value as NoteKind)}
      >
        {NOTE_KINDS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${fieldId}-text`}>What changed</label>
      <textarea
        id={`${fieldId}-text`}
        value={text}
        maxLength={MAX_NOTE_LENGTH}
        rows={4}
        onChange={(event) => setText(event.target.value)}
      />
      {status.kind === 'failed' && <p role="alert">{status.message}</p>}
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={status.kind === 'saving' || text.trim() === ''}
        onClick={() => void addNote()}
      >
        Add to the published story
      </Button>
    </div>
  )
}
