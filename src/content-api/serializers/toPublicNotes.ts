import type { Article } from '@/payload-types'

import type { PublicNote } from '../schemas/note'
import { isoOrNull } from './values'

/** The notes readers see, field by field: never who added them. */
export function toPublicNotes(corrections: Article['corrections']): PublicNote[] {
  return (corrections ?? []).flatMap((note) => {
    const at = isoOrNull(note.at)
    return at && note.text.trim() ? [{ kind: note.kind, text: note.text, at }] : []
  })
}
