import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText, readingTimeOf } from '@/lexical/plainText'

export const computeReadingTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body: unknown = data.body ?? originalDoc?.body
  return { ...data, readingTime: readingTimeOf(lexicalToPlainText(body)) }
}
