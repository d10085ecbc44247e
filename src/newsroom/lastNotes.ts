import type { Payload } from 'payload'

import { ARTICLES } from '@collections/slugs'
import type { User } from '@/payload-types'

import type { DeskItem } from './desk'

const KIND_LABEL = { correction: 'Correction', update: 'Update' } as const
const PREVIEW_LENGTH = 80

const preview = (text: string) =>
  text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : text

/** The desk's "Last corrections and updates": the newest note of each story, newest first. */
export async function lastNotes(payload: Payload, user: User, limit: number): Promise<DeskItem[]> {
  const { docs } = await payload.find({
    collection: ARTICLES,
    user,
    overrideAccess: false,
    depth: 0,
    select: { title: true, corrections: true, revisedAt: true },
    where: { 'corrections.at': { exists: true } },
    sort: '-revisedAt',
    limit,
  })
  return docs.flatMap((doc): DeskItem[] => {
    const note = doc.corrections?.at(-1)
    if (!note) return []
    const label = `${KIND_LABEL[note.kind]}: ${preview(note.text)}`
    return [{ id: doc.id, title: doc.title || 'Untitled', at: note.at, note: label }]
  })
}
