import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/site/components/ArticleBody'
import { ArticleNotes } from '@/site/components/ArticleNotes'
import { Byline } from '@/site/components/Byline'
import { HeroImage } from '@/site/components/HeroImage'
import { JsonLd } from '@/site/components/JsonLd'
import { LiveEntries } from '@/site/components/LiveEntries.client'
import { LiveLabel } from '@/site/components/LiveLabel'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { PublishedOn } from '@/site/components/PublishedOn'
import { RelatedArticles } from '@/site/components/RelatedArticles'
import { SectionLabel } from '@/site/components/SectionLabel'
import { ShareBar } from '@/site/components/ShareBar'
import { TagList } from '@/site/components/TagList'
import { ViewCount } from '@/views/ViewCount.client'
import { findSectionArticle } from '@/articles/reads/articles'
import { findArticleDraft } from '@/articles/preview/previewReads'
import { listRelatedArticles } from '@/articles/reads/related'
import { env } from '@/platform/env'
import { formatViews } from '@/views/formatViews'
import { hasViews } from '@/views/hasViews'
import { articleMetadata } from '@/site/seo/articleMetadata'
import { breadcrumbJsonLd, newsArticleJsonLd, sectionCrumb } from '@/site/seo/jsonLd'
import { liveBlogPostingJsonLd } from '@/site/seo/liveBlogJsonLd'
import { liveCoverageOf } from '@/site/live/liveCoverage'
import { articlePath, articleUrl } from '@/articles/urls'
import { redirectIfMoved } from '@/site/redirectIfMoved'

// Rendered on first visit and cached; publishing, editing or unpublishing clears it at once.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

/** Readers get the published story; the newsroom in draft mode gets the latest draft. */
async function articleFor(params: Props['params']) {
  const { slug } = await params
  const isPreview = (await draftMode()).isEnabled
  const article = isPreview ? await findArticleDraft(slug) : await findSectionArticle(slug)
  if (!article && !isPreview) await redirectIfMoved(articlePath(slug))
  if (!article) notFound()
  return { article, isPreview }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, isPreview } = await articleFor(params)
  const metadata = articleMetadata(article)
  return isPreview ? { ...metadata, robots: { index: false, follow: false } } : metadata
}

export default async function ArticlePage({ params }: Props) {
  const { article, isPreview } = await articleFor(params)
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const related = await listRelatedArticles(article)
  const live = isPreview ? null : await liveCoverageOf(article)
  return (
    <>
      {isPreview && <PreviewBanner path={articlePath(article.slug)} serverUrl={env.serverUrl} />}
      <main id="content" className="article">
        <article>
          <header>
            <SectionLabel />
            {live && <LiveLabel isOpen={live.isOpen} />}
            <h1>{article.title}</h1>
            {article.excerpt && <p className="dek">{article.excerpt}</p>}
            {article.publishedAt && (
              <PublishedOn publishedAt={article.publishedAt} updatedAt={article.revisedAt} />
            )}
            <Byline authors={article.authors} />
            {isPreview ? (
              hasViews(article.views) && <p className="meta views">{formatViews(article.views)}</p>
            ) : (
              <ViewCount articleId={article.id} initialViews={article.views ?? 0} />
            )}
            <ShareBar url={articleUrl(article.slug)} title={article.title} />
          </header>
          {hero && <HeroImage media={hero} priority isPrivate={isPreview} />}
          <ArticleBody body={article.body} />
          {live && (
            <LiveEntries
              entries={live.entries}
              keyEvents={live.keyEvents}
              isOpen={live.isOpen}
              entriesUrl={live.entriesUrl}
              streamUrl={live.streamUrl}
              page={live.page}
              olderHref={live.olderHref}
              pageSize={live.pageSize}
              timeZone={env.timeZone}
            />
          )}
          <TagList tags={article.tags} />
          <ArticleNotes notes={article.corrections} />
        </article>
        <RelatedArticles articles={related} />
      </main>
      {!isPreview && (
        <JsonLd
          data={[
            live ? liveBlogPostingJsonLd(article, live.listed) : newsArticleJsonLd(article),
            breadcrumbJsonLd([
              sectionCrumb,
              { name: article.title, path: articlePath(article.slug) },
            ]),
          ]}
        />
      )}
    </>
  )
}
