import type { FieldHook, SelectField } from 'payload'
import { ValidationError } from 'payload'

import { canPublish } from '@/people/roles'

import { ARTICLES } from '../slugs'

/** Where a story is on the desk, apart from whether it is published. */
export const WORKFLOW_STATES = [
  { label: 'Draft', value: 'draft' },
  { label: 'In review', value: 'in-review' },
  { label: 'Ready', value: 'ready' },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

/** Contributors submit for review; only someone who may publish declares a story ready. */
const onlyEditorsMarkReady: FieldHook = ({ value, originalDoc, req }) => {
  const isNewlyReady = value === 'ready' && originalDoc?.workflow !== 'ready'
  if (isNewlyReady && req.user && !canPublish(req.user)) {
    throw new ValidationError({
      collection: ARTICLES,
      errors: [
        {
          path: 'workflow',
          message: 'Only an editor can mark a story ready. Submit it for review instead.',
        },
      ],
      req,
    })
  }
  return value
}

export const workflowField: SelectField = {
  name: 'workflow',
  type: 'select',
  options: WORKFLOW_STATES.map((state) => ({ ...state })),
  defaultValue: 'draft',
  index: true,
  // Hidden from people who may not use it; the system (no user) may set anything.
  filterOptions: ({ req, options }) =>
    !req.user || canPublish(req.user)
      ? options
      : options.filter((option) => typeof option === 'string' || option.value !== 'ready'),
  hooks: { beforeChange: [onlyEditorsMarkReady] },
  admin: {
    position: 'sidebar',
    description: 'Draft → In review (submitted by the writer) → Ready (approved by an editor).',
  },
}
