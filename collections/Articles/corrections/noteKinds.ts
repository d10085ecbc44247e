/** A correction admits an error; an update adds what changed since publishing. */
export const NOTE_KINDS = [
  { label: 'Correction', value: 'correction' },
  { label: 'Update', value: 'update' },
] as const

export type NoteKind = (typeof NOTE_KINDS)[number]['value']

export const isNoteKind = (value: unknown): value is NoteKind =>
  NOTE_KINDS.some((kind) => kind.value === value)
