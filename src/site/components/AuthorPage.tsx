import type { PaginatedDocs } from 'payload'

import type { Article, Author } from '@/payload-types'
import { authorPath } from '@/articles/urls'

import { ArticleCard } from './ArticleCard'
import { AuthorProfile } from './AuthorProfile'
import { Pagination } from './Pagination'

type Props = { author: Author; articles: PaginatedDocs<Article> }

export function AuthorPage({ author, articles }: Props) {
  return (
    <main id="content" className="author">
      <AuthorProfile author={author} />
      <section aria-labelledby="author-stories">
        <h2 id="author-stories">Stories by {author.name}</h2>
        {articles.docs.length === 0 ? (
          <p>No published stories yet.</p>
        ) : (
          articles.docs.map((article) => <ArticleCard key={article.id} article={article} />)
        )}
      </section>
      <Pagination
        page={articles.page ?? 1}
        totalPages={articles.totalPages}
        pathFor={(page) => authorPath(author.slug, page)}
      />
    </main>
  )
}
