import type { Metadata } from 'next'

import { listSectionArticles } from '@/articles/reads/articles'
import { SearchResults } from '@/site/components/SearchResults'
import { parsePageNumber } from '@/site/format/pageNumber'
import { searchQueryOf } from '@/site/search/searchResultsRewrite'

// `/search?q=…&page=…` is rewritten here (proxy.ts) so that each search is rendered once and
// then served from the page cache, like the front, until a publish clears it.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ query: string; page: string }> }

async function searchOf(params: Props['params']) {
  const { query, page } = await params
  return { query: searchQueryOf(query), page: parsePageNumber(page) ?? 1 }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query } = await searchOf(params)
  return {
    title: query ? `Search: ${query}` : 'Search',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the articles themselves.
    robots: { index: false, follow: true },
  }
}

export default async function SearchResultsPage({ params }: Props) {
  const { query, page } = await searchOf(params)
  // Words that decode to nothing get the empty form, as on /search.
  const results = query ? await listSectionArticles({ q: query, page }) : null
  return <SearchResults query={query} results={results} />
}
