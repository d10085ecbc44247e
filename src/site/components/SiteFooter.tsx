import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Dispatch: defence and security reporting.</p>
      <nav aria-label="Footer">
        <Link prefetch={false} href="/military">
          Military
        </Link>
        <Link prefetch={false} href="/search">
          Search
        </Link>
        <a href="/military/feed.xml">RSS feed</a>
        <Link prefetch={false} href="/api/v1/docs">
          Content API
        </Link>
      </nav>
    </footer>
  )
}
