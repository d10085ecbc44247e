import Link from 'next/link'

type Props = { page: number; totalPages: number; pathFor: (page: number) => string }

/** Newer/older links. React places the <link rel=prev/next> elements in the page's <head>. */
export function Pagination({ page, totalPages, pathFor }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && <link rel="prev" href={pathFor(page - 1)} />}
      {page < totalPages && <link rel="next" href={pathFor(page + 1)} />}
      {page > 1 ? (
        <Link prefetch={false} href={pathFor(page - 1)} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link prefetch={false} href={pathFor(page + 1)} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
