import Link from 'next/link'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link prefetch={false} href="/" className="brand">
        Dispatch
      </Link>
      <nav aria-label="Sections">
        <Link prefetch={false} href={SECTION_PATH}>
          {WEBSITE_SECTION_LABEL}
        </Link>
        <Link prefetch={false} href="/search">
          Search
        </Link>
      </nav>
    </header>
  )
}
