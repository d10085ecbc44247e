import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

import { ARTICLES } from '../../slugs'
import { isNoteKind, type NoteKind } from './noteKinds'

/** `req.context` key by which the "add a note" endpoint hands its note to this hook. */
export const NOTE_TO_ADD = 'noteToAdd'

export type NoteToAdd = { kind: NoteKind; text: string }

const isNoteToAdd = (value: unknown): value is NoteToAdd =>
  typeof value === 'object' &&
  value !== null &&
  isNoteKind((value as NoteToAdd).kind) &&
  typeof (value as NoteToAdd).text === 'string'

type Stored = Pick<Article, 'corrections' | 'revisedAt' | '_status'>

/** The published document's notes: the record, whatever an older draft still carries. */
async function storedNotes(req: PayloadRequest, id: number | string): Promise<Stored> {
  const doc = await req.payload.findByID({
    collection: ARTICLES,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    select: { corrections: true, revisedAt: true, _status: true },
    disableErrors: true,
    req,
  })
  return doc ?? { corrections: [], revisedAt: null, _status: 'draft' }
}

/**
 * Notes are a public record: every save keeps the published ones (a draft opened before a note
 * was added cannot drop it on publish), and only the endpoint's note is appended, stamped with
 * the time and, privately, who added it. "Updated" moves for a note, and for publishing an edit
 * the editor marked as a material change (never for a first publish or a typo fix).
 */
export const keepNotes: CollectionBeforeChangeHook<Article> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const stored: Stored =
    operation === 'update' && originalDoc?.id !== undefined
      ? await storedNotes(req, originalDoc.id)
      : { corrections: [], revisedAt: null, _status: 'draft' }
  const now = new Date().toISOString()
  let corrections = stored.corrections ?? []
  let revisedAt = stored.revisedAt ?? null

  const context = req.context as Record<string, unknown>
  const note = context[NOTE_TO_ADD]
  if (isNoteToAdd(note)) {
    // Taken once: a second save in the same request (the editor's draft put back) adds nothing.
    delete context[NOTE_TO_ADD]
    corrections = [
      ...corrections,
      { kind: note.kind, text: note.text, at: now, addedBy: req.user?.id },
    ]
    revisedAt = now
  }

  const isPublishing = data._status === 'published'
  if (isPublishing && data.materialChange && stored._status === 'published') revisedAt = now

  return {
    ...data,
    corrections,
    revisedAt,
    // The tick belongs to one edit: publishing it uses it up.
    materialChange: isPublishing ? false : (data.materialChange ?? false),
  }
}
