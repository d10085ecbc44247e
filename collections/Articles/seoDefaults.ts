import type { Article } from '@/payload-types'
import { articleUrl } from '@/articles/urls'

type ArticleLike = Partial<Pick<Article, 'title' | 'excerpt' | 'heroImage' | 'slug'>>

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value) return value
  if (typeof value === 'object' && value && 'id' in value && typeof value.id === 'string') {
    return value.id
  }
  return undefined
}

/** The site's title template adds " · Dispatch", so the meta title is the headline alone. */
export const seoTitleOf = (doc: ArticleLike) => doc.title ?? ''
export const seoDescriptionOf = (doc: ArticleLike) => doc.excerpt ?? ''
export const seoImageOf = (doc: ArticleLike) => idOf(doc.heroImage)
export const seoUrlOf = (doc: ArticleLike) => articleUrl(doc.slug ?? '')
