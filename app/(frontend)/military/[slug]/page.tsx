import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/site/components/ArticleBody'
import { Byline } from '@/site/components/Byline'
import { HeroImage } from '@/site/components/HeroImage'
import { JsonLd } from '@/site/components/JsonLd'
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
import { articleMetadata } from '@/site/seo/articleMetadata'
import { breadcrumbJsonLd, newsArticleJsonLd, sectionCrumb } from '@/site/seo/jsonLd'
import { articlePath, articleUrl } from '@/articles/urls'

// Rendered on first visit and cached; publishing, editing or unpublishing clears it at once.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

/** Readers get the published story; the newsroom in draft mode gets the latest draft. */
async function articleFor(params: Props['params']) {
  const { slug } = await params
  const isPreview = (await draftMode()).isEnabled
  const article = isPreview ? await findArticleDraft(slug) : await findSectionArticle(slug)
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
  return (
    <>
      {isPreview && <PreviewBanner path={articlePath(article.slug)} serverUrl={env.serverUrl} />}
      <main id="content" className="article">
        <article>
          <header>
            <SectionLabel />
            <h1>{article.title}</h1>
            {article.excerpt && <p className="dek">{article.excerpt}</p>}
            {article.publishedAt && (
              <PublishedOn publishedAt={article.publishedAt} updatedAt={article.updatedAt} />
            )}
            <Byline authors={article.authors} />
            {isPreview ? (
              <p className="meta views">{formatViews(article.views)}</p>
            ) : (
              <ViewCount articleId={article.id} initialViews={article.views ?? 0} />
            )}
            <ShareBar url={articleUrl(article.slug)} title={article.title} />
          </header>
          {hero && <HeroImage media={hero} priority />}
          <ArticleBody body={article.body} />
          <TagList tags={article.tags} />
        </article>
        <RelatedArticles articles={related} />
      </main>
      {!isPreview && (
        <JsonLd
          data={[
            newsArticleJsonLd(article),
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
