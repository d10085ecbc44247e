import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

/** Lexical JSON to semantic HTML through Payload's React converter: no HTML string is injected. */
export function ArticleBody({ body }: { body: SerializedEditorState | null | undefined }) {
  if (!body) return null
  return <RichText className="body" data={body} />
}
