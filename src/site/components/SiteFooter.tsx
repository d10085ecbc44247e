import Link from 'next/link'

import { FEED_PATH } from '@/articles/urls'

import { SectionLinks } from './SectionLinks'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Dispatch: defence and security reporting.</p>
      <nav aria-label="Footer">
        <SectionLinks />
        <a href={FEED_PATH}>RSS feed</a>
        <Link prefetch={false} href="/api/v1/docs">
          Content API
        </Link>
      </nav>
    </footer>
  )
}
