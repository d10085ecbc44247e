import type { Metadata } from 'next'

import { SearchResults } from '@/site/components/SearchResults'

// Searches with words are rewritten to the cached results route (next.config.ts); this page is
// the empty form.
export const metadata: Metadata = {
  title: 'Search',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
}

export default function SearchPage() {
  return <SearchResults query="" results={null} />
}
