'use client'

import type { DefaultCellComponentProps } from 'payload'

/** The credit in the media list, or a visible gap: published stories need one on the hero. */
export function CreditCell({ cellData }: DefaultCellComponentProps) {
  if (typeof cellData === 'string' && cellData.trim()) {
    return <span className="credit-cell">© {cellData}</span>
  }
  return (
    <span className="credit-cell credit-cell--missing" style={{ color: 'var(--theme-error-500)' }}>
      No credit
    </span>
  )
}
