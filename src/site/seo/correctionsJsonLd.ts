import type { CorrectionComment } from 'schema-dts'

import type { Article } from '@/payload-types'

/** schema.org `correction`: corrections only (an update admits no error). */
export function correctionsJsonLd(article: Article): CorrectionComment[] | undefined {
  const corrections = (article.corrections ?? []).filter((note) => note.kind === 'correction')
  if (!corrections.length) return undefined
  return corrections.map((note) => ({
    '@type': 'CorrectionComment',
    text: note.text,
    datePublished: note.at,
  }))
}
