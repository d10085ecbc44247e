import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'

export function SectionFront({ articles }: { articles: (CardArticle & { id: string })[] }) {
  return (
    <main id="content" className="front">
      <h1 className="section-label">Military</h1>
      {articles.length === 0 ? (
        <p>No stories have been published yet.</p>
      ) : (
        articles.map((article) => <ArticleCard key={article.id} article={article} />)
      )}
    </main>
  )
}
