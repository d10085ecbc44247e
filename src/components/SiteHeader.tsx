import Link from 'next/link'

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Dispatch
      </Link>
      <nav aria-label="Sections">
        <Link href="/military">Military</Link>
        <Link href="/search">Search</Link>
      </nav>
    </header>
  )
}
