import Image from 'next/image'
import Link from 'next/link'

import { formatViews } from '@/views/formatViews'
import type { Article } from '@/payload-types'
import { articlePath, sitePath } from '@/articles/urls'

import { Byline } from './Byline'
import { PublishedOn } from './PublishedOn'

export type CardArticle = Pick<
  Article,
  'id' | 'slug' | 'title' | 'excerpt' | 'publishedAt' | 'authors' | 'views' | 'heroImage'
>

type Props = { article: CardArticle; isLead?: boolean }

/** A story in a list: picture, headline, dek, byline, date and views. */
export function ArticleCard({ article, isLead = false }: Props) {
  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  const picture = isLead ? (hero?.sizes?.hero ?? hero) : (hero?.sizes?.card ?? hero)
  const Heading = isLead ? 'h2' : 'h3'
  return (
    <article className={isLead ? 'card lead' : 'card'}>
      {hero && picture?.url && picture.width && picture.height && (
        <Image
          src={sitePath(picture.url)}
          alt={hero.alt}
          width={picture.width}
          height={picture.height}
          sizes={isLead ? '(max-width: 800px) 100vw, 768px' : '(max-width: 600px) 100vw, 240px'}
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
          {' · '}
          {formatViews(article.views)}
        </p>
      </div>
    </article>
  )
}
