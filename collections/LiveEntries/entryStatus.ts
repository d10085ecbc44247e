import type { FieldHook, SelectField } from 'payload'
import { ValidationError } from 'payload'

import { canPublish } from '@/people/roles'

import { LIVE_ENTRIES } from '../slugs'

/** An entry is public only once published; a contributor's entry waits for an editor. */
export const ENTRY_STATES = [
  { label: 'For review', value: 'review' },
  { label: 'Published', value: 'published' },
] as const

export type EntryState = (typeof ENTRY_STATES)[number]['value']

/** Contributors add entries for review, as they submit stories; only editors publish them. */
const onlyEditorsPublish: FieldHook = ({ value, originalDoc, req }) => {
  const isNewlyPublished = value === 'published' && originalDoc?.status !== 'published'
  if (isNewlyPublished && req.user && !canPublish(req.user)) {
    throw new ValidationError({
      collection: LIVE_ENTRIES,
      errors: [{ path: 'status', message: 'Only an editor can publish a live entry.' }],
      req,
    })
  }
  return value
}

export const entryStatusField: SelectField = {
  name: 'status',
  type: 'select',
  options: ENTRY_STATES.map((state) => ({ ...state })),
  // One action for an editor: Save publishes. A contributor's entry goes to review.
  defaultValue: ({ user }) => (canPublish(user) ? 'published' : 'review'),
  required: true,
  index: true,
  hooks: { beforeChange: [onlyEditorsPublish] },
  admin: { position: 'sidebar' },
}
