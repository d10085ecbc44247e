import { listSectionArticles } from '@/articles/reads/articles'
import { findAuthor } from './authors'

/** An author and one page of their published Military stories, or null when either is missing. */
export async function findAuthorPage(slug: string, page: number) {
  const author = await findAuthor(slug)
  if (!author) return null
  const articles = await listSectionArticles({ authorSlug: slug, page })
  if (page > Math.max(1, articles.totalPages)) return null
  return { author, articles }
}
