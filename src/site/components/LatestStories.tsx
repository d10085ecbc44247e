import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'

/** The front's newest stories after the top ones; later pages of the front continue it. */
export function LatestStories({ articles }: { articles: CardArticle[] }) {
  if (articles.length === 0) return null
  return (
    <section className="latest" aria-labelledby="latest">
      <h2 id="latest">Latest</h2>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
    </section>
  )
}
