import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

export function lexicalToPlainText(body: unknown): string {
  if (!body || typeof body !== 'object' || !('root' in body)) return ''
  return convertLexicalToPlaintext({ data: body as SerializedEditorState })
}

const WORDS_PER_MINUTE = 230

/** Whole minutes, at least one: what "4 min read" shows. */
export function readingTimeOf(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
