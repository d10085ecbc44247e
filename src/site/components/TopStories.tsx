import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'

type Props = { lead: CardArticle; secondary: CardArticle[] }

/** The top of the front: the lead story large, then a row of the next stories with pictures. */
export function TopStories({ lead, secondary }: Props) {
  return (
    <section className="top-stories" aria-labelledby="top-stories">
      {/* Named for screen readers' list of regions; sighted readers see the layout say it. */}
      <h2 id="top-stories" className="visually-hidden">
        Top stories
      </h2>
      <ArticleCard article={lead} isLead heading="h3" />
      {secondary.length > 0 && (
        <div className="secondary-stories">
          {secondary.map((article) => (
            <ArticleCard key={article.id} article={article} isSecondary />
          ))}
        </div>
      )}
    </section>
  )
}
