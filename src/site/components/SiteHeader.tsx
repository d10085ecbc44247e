import Link from 'next/link'

import { SectionLinks } from './SectionLinks'

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link prefetch={false} href="/" className="brand">
        Dispatch
      </Link>
      <nav aria-label="Sections">
        <SectionLinks />
      </nav>
    </header>
  )
}
