import type { PaginationMeta } from './schemas/common'

/** Ghost-style page numbers for a list of `total` items; `pages` is at least 1. */
export function paginationOf(page: number, limit: number, total: number): PaginationMeta {
  const pages = Math.max(1, Math.ceil(total / limit))
  return {
    page,
    limit,
    pages,
    total,
    next: page < pages ? page + 1 : null,
    prev: page > 1 ? Math.min(page - 1, pages) : null,
  }
}

/** One page of a list that is already in memory (authors, tags). */
export function pageOf<T>(items: T[], page: number, limit: number) {
  return {
    items: items.slice((page - 1) * limit, page * limit),
    pagination: paginationOf(page, limit, items.length),
  }
}
