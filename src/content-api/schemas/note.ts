import { z } from 'zod'

import { NOTE_KINDS } from '@collections/Articles/corrections/noteKinds'

import { isoDateTime } from './common'
import { named } from './registry'

/** Who added a note is private: the schema has no place for it. */
export const Note = named(
  z.object({
    kind: z.enum(NOTE_KINDS.map((kind) => kind.value)),
    text: z.string().min(1).describe('Plain text'),
    at: isoDateTime(),
  }),
  {
    id: 'Note',
    description: 'A correction or an update added to the published story, oldest first.',
  },
)

export type PublicNote = z.infer<typeof Note>
