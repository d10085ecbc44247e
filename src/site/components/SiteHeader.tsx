import Link from 'next/link'

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link prefetch={false} href="/" className="brand">
        Dispatch
      </Link>
      <nav aria-label="Sections">
        <Link prefetch={false} href="/military">
          Military
        </Link>
        <Link prefetch={false} href="/search">
          Search
        </Link>
      </nav>
    </header>
  )
}
