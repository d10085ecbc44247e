import type { LiveBlogPosting, WithContext } from 'schema-dts'

import { lexicalToPlainText } from '@/articles/body/plainText'
import { entryUrl } from '@/articles/urls'
import type { Article } from '@/payload-types'
import type { ListedLiveEntry } from '@/articles/live/liveEntryReads'

import { newsArticleJsonLd } from './jsonLd'

/**
 * A live story as search engines read live coverage: the article's own fields, with its entries
 * as `liveBlogUpdate` and when coverage started and (once ended) stopped.
 */
export function liveBlogPostingJsonLd(
  article: Article,
  entries: ListedLiveEntry[],
): WithContext<LiveBlogPosting> {
  // The same headline, dates, authors and publisher as any story; only the type and the live parts differ.
  const story = newsArticleJsonLd(article) as unknown as Record<string, unknown>
  return {
    ...story,
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    coverageStartTime: article.liveStartedAt ?? article.publishedAt ?? undefined,
    coverageEndTime: article.liveEndedAt ?? undefined,
    liveBlogUpdate: entries.map((entry) => ({
      '@type': 'BlogPosting',
      headline: entry.headline?.trim() || article.title,
      datePublished: entry.time,
      dateModified: entry.editedAt ?? entry.time,
      articleBody: lexicalToPlainText(entry.body),
      url: entryUrl(article.slug, entry.id),
    })),
  }
}
