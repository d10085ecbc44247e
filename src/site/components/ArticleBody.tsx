import { lexicalToHtml } from '@/articles/body/toHtml'

/**
 * The body through the same escaping renderer the content API uses (`lexicalToHtml`): text is
 * escaped and only safe link schemes survive, so the HTML can be inserted as it is.
 */
export function ArticleBody({ body }: { body: unknown }) {
  const html = lexicalToHtml(body)
  if (!html) return null
  return <div className="body" dangerouslySetInnerHTML={{ __html: html }} />
}
