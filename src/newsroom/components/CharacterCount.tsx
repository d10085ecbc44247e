'use client'

import { useFormFields } from '@payloadcms/ui'

type Props = { path: string; field?: { maxLength?: number } }

/** "123 / 200" under a text field, red once over the limit the server enforces. */
export function CharacterCount({ path, field }: Props) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const max = field?.maxLength
  const count = typeof value === 'string' ? value.length : 0
  const isOver = max !== undefined && count > max
  return (
    <div
      className="character-count"
      data-testid={`character-count-${path}`}
      aria-live="polite"
      style={{
        fontSize: '0.8125rem',
        marginTop: '0.25rem',
        textAlign: 'right',
        color: isOver ? 'var(--theme-error-500)' : 'var(--theme-elevation-500)',
      }}
    >
      {max === undefined ? `${count} characters` : `${count} / ${max}`}
      {isOver ? ` (${count - max} too many)` : ''}
    </div>
  )
}
