import Link from 'next/link'

import { FEED_PATH, SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Dispatch: defence and security reporting.</p>
      <nav aria-label="Footer">
        <Link prefetch={false} href={SECTION_PATH}>
          {WEBSITE_SECTION_LABEL}
        </Link>
        <Link prefetch={false} href="/search">
          Search
        </Link>
        <a href={FEED_PATH}>RSS feed</a>
        <Link prefetch={false} href="/api/v1/docs">
          Content API
        </Link>
      </nav>
    </footer>
  )
}
