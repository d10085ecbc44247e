import { listSectionArticles } from '@/articles/reads/articles'
import { findAuthor } from './authors'

/** An author and a page of their published stories in the section, or null if either is absent. */
export async function findAuthorPage(slug: string, page: number) {
  const author = await findAuthor(slug)
  if (!author) return null
  const articles = await listSectionArticles({ authorSlug: slug, page })
  if (page > Math.max(1, articles.totalPages)) return null
  return { author, articles }
}
