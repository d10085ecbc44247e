import type { Field } from 'payload'

import { noOne } from '@collections/Articles/access/noOne'
import { signedInOnly } from '@/people/access/signedInOnly'

import { USERS } from '../../slugs'
import { NOTE_KINDS } from './noteKinds'
import { checkNoteText, MAX_NOTE_LENGTH } from './noteText'

const ADD_NOTE = '/src/newsroom/components/AddCorrection#AddCorrection'

/**
 * Corrections and updates readers see at the foot of the story, and the "Updated" stamp.
 * Notes are added only through "Add a note" (collections/Articles/corrections/addNoteEndpoint.ts),
 * which publishes them at once; no save can change or drop one (keepNotes.ts).
 */
export const correctionsFields: Field[] = [
  {
    name: 'corrections',
    label: 'Corrections and updates',
    type: 'array',
    // A live story's running updates included, a story with more notes than this needs a new story.
    maxRows: 200,
    access: { create: noOne, update: noOne },
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: 'Shown at the foot of the story, oldest first. Add one in the sidebar.',
    },
    fields: [
      { name: 'kind', type: 'select', options: [...NOTE_KINDS], required: true },
      {
        name: 'text',
        type: 'textarea',
        required: true,
        maxLength: MAX_NOTE_LENGTH,
        validate: (value: unknown) => checkNoteText(value),
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'addedBy',
        type: 'relationship',
        relationTo: USERS,
        // Who wrote a note is the newsroom's business, never the public's.
        access: { read: signedInOnly },
      },
    ],
  },
  {
    name: 'addNote',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: ADD_NOTE } },
  },
  {
    name: 'materialChange',
    label: 'Material change',
    type: 'checkbox',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description:
        'Tick when this edit changes what the story says: publishing it stamps "Updated". ' +
        'Leave it for typos and style.',
    },
  },
  {
    name: 'revisedAt',
    label: 'Updated for readers',
    type: 'date',
    access: { create: noOne, update: noOne },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Shown as "Updated": the last note, or the last publish of a material change.',
    },
  },
]
