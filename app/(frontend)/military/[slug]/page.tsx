import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/components/ArticleBody'
import { Byline } from '@/components/Byline'
import { HeroImage } from '@/components/HeroImage'
import { PublishedOn } from '@/components/PublishedOn'
import { findMilitaryArticle } from '@/data/articles'
import { articlePath } from '@/urls'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findMilitaryArticle((await params).slug)
  if (!article) notFound()
  return {
    title: article.title,
    description: article.excerpt ?? undefined,
    alternates: { canonical: articlePath(article.slug) },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = await findMilitaryArticle((await params).slug)
  if (!article) notFound()
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  return (
    <main id="content" className="article">
      <article>
        <p className="section-label">
          <Link href="/military">Military</Link>
        </p>
        <h1>{article.title}</h1>
        {article.excerpt && <p className="dek">{article.excerpt}</p>}
        {article.publishedAt && <PublishedOn date={article.publishedAt} />}
        <Byline authors={article.authors} />
        <p className="meta">
          {article.views ?? 0} {article.views === 1 ? 'View' : 'Views'}
        </p>
        {hero && <HeroImage media={hero} priority />}
        <ArticleBody body={article.body} />
      </article>
    </main>
  )
}
