import { MEDIA } from '@collections/slugs'
import type { Article, Media } from '@/payload-types'

type Reference = string | Pick<Media, 'id'> | null | undefined

const idOf = (reference: Reference): string | undefined =>
  typeof reference === 'string' ? reference : reference?.id

/** Upload nodes anywhere in a Lexical body (inside lists, quotes, …) that show a picture. */
function imagesInBody(node: unknown, found: Set<string>): void {
  if (!node || typeof node !== 'object') return
  const { type, relationTo, value, children } = node as Record<string, unknown>
  if (type === 'upload' && relationTo === MEDIA) {
    const id = idOf(value as Reference)
    if (id) found.add(id)
  }
  if (Array.isArray(children)) for (const child of children) imagesInBody(child, found)
}

/** Every picture a reader of the article sees: hero, search/social image and the body's images. */
export function imagesOfArticle(
  article: Pick<Article, 'heroImage' | 'meta' | 'body'> | null | undefined,
): Set<string> {
  const found = new Set<string>()
  if (!article) return found
  for (const reference of [article.heroImage, article.meta?.image]) {
    const id = idOf(reference)
    if (id) found.add(id)
  }
  imagesInBody(article.body?.root, found)
  return found
}
