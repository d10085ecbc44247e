import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Dispatch: defence and security reporting.</p>
      <nav aria-label="Footer">
        <Link href="/military">Military</Link>
        <Link href="/search">Search</Link>
        <a href="/military/feed.xml">RSS feed</a>
        <Link href="/api/v1/docs" prefetch={false}>
          Content API
        </Link>
      </nav>
    </footer>
  )
}
