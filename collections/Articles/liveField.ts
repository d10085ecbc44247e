import type { Field, FieldHook } from 'payload'

/** Whether a story is live coverage: running now, or ended and kept as an archive. Unset: not live. */
export const LIVE_STATES = [
  { label: 'Live now', value: 'open' },
  { label: 'Ended (archive)', value: 'closed' },
] as const

export type LiveState = (typeof LIVE_STATES)[number]['value']

/**
 * Stamps when coverage starts and ends, for readers and for JSON-LD's coverageStartTime and
 * coverageEndTime; reopening an ended page clears its end. The times are the fields after this
 * one, so setting them on `siblingData` here is what gets saved.
 */
const stampCoverageTimes: FieldHook = ({ value, siblingData, originalDoc }) => {
  const now = new Date().toISOString()
  if (value === 'open' || value === 'closed') {
    siblingData.liveStartedAt ??= originalDoc?.liveStartedAt ?? now
  }
  if (value === 'open') siblingData.liveEndedAt = null
  if (value === 'closed') siblingData.liveEndedAt ??= originalDoc?.liveEndedAt ?? now
  return value
}

const coverageTime = (name: string, label: string): Field => ({
  name,
  label,
  type: 'date',
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.liveStatus),
    date: { pickerAppearance: 'dayAndTime' },
  },
})

export const liveFields: Field[] = [
  {
    name: 'liveStatus',
    label: 'Live coverage',
    type: 'select',
    options: LIVE_STATES.map((state) => ({ ...state })),
    hooks: { beforeChange: [stampCoverageTimes] },
    admin: {
      position: 'sidebar',
      description:
        'Live now: add timestamped entries under Live entries, without republishing the story. Ended: the page stays as an archive.',
    },
  },
  coverageTime('liveStartedAt', 'Live since'),
  coverageTime('liveEndedAt', 'Live until'),
]
