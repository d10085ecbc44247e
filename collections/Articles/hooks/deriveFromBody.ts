import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText, readingTimeOf } from '@/articles/body/plainText'
import type { Article } from '@/payload-types'

/** Reading time for readers and the body's plain text for search, worked out on every save. */
export const deriveFromBody: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const text = lexicalToPlainText(data.body ?? originalDoc?.body)
  return { ...data, readingTime: readingTimeOf(text), searchText: text }
}
