import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

import { seoDescriptionOf, seoImageOf, seoTitleOf } from '../seoDefaults'

type Meta = NonNullable<Article['meta']>

const idOf = (value: unknown) =>
  typeof value === 'object' && value && 'id' in value ? String(value.id) : value || undefined

/**
 * Search and social fields follow the article (headline, dek, hero image) until an editor writes
 * their own: an empty value, or one that still equals what the previous version generated, is
 * generated again. `data` may be partial (a scheduled publish sends only `_status`).
 */
export const fillSeoFromArticle: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const before: Partial<Article> = originalDoc ?? {}
  const after: Partial<Article> = { ...before, ...data }
  const meta: Meta = { ...before.meta, ...data.meta }
  const isGenerated = (value: unknown, previous: unknown) =>
    !value || (Boolean(originalDoc) && idOf(value) === idOf(previous))

  if (isGenerated(meta.title, seoTitleOf(before))) meta.title = seoTitleOf(after) || null
  if (isGenerated(meta.description, seoDescriptionOf(before))) {
    meta.description = seoDescriptionOf(after) || null
  }
  if (isGenerated(meta.image, seoImageOf(before))) meta.image = seoImageOf(after) ?? null
  return { ...data, meta }
}
