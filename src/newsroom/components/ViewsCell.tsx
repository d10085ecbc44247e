'use client'

import type { DefaultCellComponentProps } from 'payload'

import { hasViews } from '@/views/hasViews'

/** The view count in the articles list, left empty until someone has read the story. */
export function ViewsCell({ cellData }: DefaultCellComponentProps) {
  const views = typeof cellData === 'number' ? cellData : null
  return hasViews(views) ? <span>{views.toLocaleString('en-GB')}</span> : null
}
