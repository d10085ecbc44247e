'use client'

import { useEffect, useState } from 'react'

import { formatViews } from '@/views/formatViews'
import { hasViews } from '@/views/hasViews'

type Props = { articleId: string; initialViews: number }

/**
 * Shows the count rendered with the page at once, then reports this page view and shows the
 * count the server returns. The server decides whether this visitor was already counted today.
 */
export function ViewCount({ articleId, initialViews }: Props) {
  const [views, setViews] = useState(initialViews)
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/v1/articles/${encodeURIComponent(articleId)}/view`, {
      method: 'POST',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { data?: { views?: unknown } } | null) => {
        if (typeof body?.data?.views === 'number') setViews(body.data.views)
      })
      // A count that cannot be reported is not worth bothering the reader with.
      .catch(() => undefined)
    return () => controller.abort()
  }, [articleId])
  if (!hasViews(views)) return null
  return (
    <p className="meta views" data-testid="views">
      {formatViews(views)}
    </p>
  )
}
