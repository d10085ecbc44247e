import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ArticleBody } from '@/site/components/ArticleBody'
import { Byline } from '@/site/components/Byline'
import { HeroImage } from '@/site/components/HeroImage'
import { SectionLabel } from '@/site/components/SectionLabel'
import { SharedPreviewBanner } from '@/site/components/SharedPreviewBanner'
import { TagList } from '@/site/components/TagList'
import { findSharedDraft } from '@/articles/sharing/sharedDraftReads'

// The token decides everything, and a revoke must hold on the very next request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ token: string }> }

/** One read per request, shared by the page and its metadata. */
const sharedDraftFor = cache(async (token: string) => {
  const shared = await findSharedDraft(token)
  if (!shared) notFound()
  return shared
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await sharedDraftFor((await params).token)
  return {
    title: article.title,
    robots: { index: false, follow: false },
    // The token is in the address: never hand it on to a site the draft links to.
    referrer: 'no-referrer',
  }
}

/**
 * A story's latest draft for someone outside the newsroom, opened by an editor's share link.
 * Read-only and self-contained: no draft mode, no session, no view count, no related stories.
 */
export default async function SharedPreviewPage({ params }: Props) {
  const { article, expiresAt } = await sharedDraftFor((await params).token)
  // A picture only drafts use is not public yet: the outsider's browser could not load it.
  const hero =
    typeof article.heroImage === 'object' && article.heroImage?.publicSince
      ? article.heroImage
      : null
  return (
    <>
      <SharedPreviewBanner expiresAt={expiresAt} />
      <main id="content" className="article">
        <article>
          <header>
            <SectionLabel />
            <h1>{article.title}</h1>
            {article.excerpt && <p className="dek">{article.excerpt}</p>}
            <Byline authors={article.authors} />
          </header>
          {hero && <HeroImage media={hero} priority />}
          <ArticleBody body={article.body} />
          <TagList tags={article.tags} />
        </article>
      </main>
    </>
  )
}
