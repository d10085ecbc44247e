import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText, readingTimeOf } from '@/lexical/plainText'
import type { Article } from '@/payload-types'

/** Reading time for readers and the body's plain text for search, worked out on every save. */
export const deriveFromBody: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const text = lexicalToPlainText(data.body ?? originalDoc?.body)
  return { ...data, readingTime: readingTimeOf(text), searchText: text }
}
