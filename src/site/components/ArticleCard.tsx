import Image from 'next/image'
import Link from 'next/link'

import { formatViews } from '@/views/formatViews'
import { hasViews } from '@/views/hasViews'
import type { Article } from '@/payload-types'
import { articlePath, sitePath } from '@/articles/urls'

import { Byline } from './Byline'
import { PublishedOn } from './PublishedOn'

export type CardArticle = Pick<
  Article,
  'id' | 'slug' | 'title' | 'excerpt' | 'publishedAt' | 'authors' | 'views' | 'heroImage'
>

type Props = {
  article: CardArticle
  isLead?: boolean
  /** One of the front's row of stories under the lead: picture above the headline. */
  isSecondary?: boolean
  /** h3 under a list's own heading; h2 where the list has none (a lead is h2 unless told). */
  heading?: 'h2' | 'h3'
}

/** A story in a list: picture, headline, dek, byline, date and views. */
export function ArticleCard({ article, isLead = false, isSecondary = false, heading }: Props) {
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const picture = isLead ? (hero?.sizes?.hero ?? hero) : (hero?.sizes?.card ?? hero)
  const Heading = heading ?? (isLead ? 'h2' : 'h3')
  const className = isLead ? 'card lead' : isSecondary ? 'card secondary' : 'card'
  return (
    <article className={className}>
      {hero && picture?.url && picture.width && picture.height && (
        <Image
          src={sitePath(picture.url)}
          alt={hero.alt}
          width={picture.width}
          height={picture.height}
          sizes={
            isLead
              ? '(max-width: 800px) 100vw, 768px'
              : isSecondary
                ? '(max-width: 600px) 100vw, 320px'
                : '(max-width: 600px) 100vw, 240px'
          }
          preload={isLead}
          loading={isLead ? 'eager' : 'lazy'}
          style={{ objectPosition: `${hero.focalX ?? 50}% ${hero.focalY ?? 50}%` }}
        />
      )}
      <div>
        <Heading>
          <Link prefetch={false} href={articlePath(article.slug)}>
            {article.title}
          </Link>
        </Heading>
        {article.excerpt && <p className="dek">{article.excerpt}</p>}
        <Byline authors={article.authors} />
        <p className="meta">
          {article.publishedAt && <PublishedOn publishedAt={article.publishedAt} inline />}
          {hasViews(article.views) && ` · ${formatViews(article.views)}`}
        </p>
      </div>
    </article>
  )
}
