import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'
import { LatestStories } from './LatestStories'
import type { MostReadItem } from './MostRead'
import { MostRead } from './MostRead'
import { Pagination } from './Pagination'
import { TopStories } from './TopStories'

/** Under the lead on page 1, before the latest stories. */
const SECONDARY_STORIES = 3

type Props = {
  articles: CardArticle[]
  page: number
  totalPages: number
  pathFor: (page: number) => string
  /** The week's most read, shown on page 1 only. */
  mostRead?: MostReadItem[]
}

/**
 * The section front. Page 1: the newest story leads, the next three follow with pictures, then
 * the week's most read and the latest stories. Later pages: the latest stories, newest first.
 * Every page holds the same number of stories, so page N is the same stories whatever page 1 is.
 */
export function SectionFront({ articles, page, totalPages, pathFor, mostRead = [] }: Props) {
  const [lead, ...rest] = articles
  return (
    <main id="content" className={page === 1 ? 'front front-first' : 'front'}>
      <h1 className="section-label">
        {WEBSITE_SECTION_LABEL}
        {page > 1 ? ` · page ${page}` : ''}
      </h1>
      {!lead ? (
        <p>No stories have been published yet.</p>
      ) : page === 1 ? (
        <>
          <TopStories lead={lead} secondary={rest.slice(0, SECONDARY_STORIES)} />
          <MostRead stories={mostRead} />
          <LatestStories articles={rest.slice(SECONDARY_STORIES)} />
        </>
      ) : (
        articles.map((article) => <ArticleCard key={article.id} article={article} heading="h2" />)
      )}
      <Pagination page={page} totalPages={totalPages} pathFor={pathFor} />
    </main>
  )
}
