import { formatPublishedDate } from '@/site/format/publishedDate'
import { formatRevisionTime } from '@/site/format/revisionTime'

/**
 * `updatedAt` is the article's `revisedAt`: set by a correction or update note, or by publishing
 * an edit marked as a material change; a typo fix leaves it alone.
 */
type Props = { publishedAt: string; updatedAt?: string | null; inline?: boolean }

/** "Published On Mon, 13 Oct 2025", and "Updated 14 Oct 2025, 09:12" once the story was revised. */
export function PublishedOn({ publishedAt, updatedAt, inline = false }: Props) {
  const published = (
    <>
      Published On <time dateTime={publishedAt}>{formatPublishedDate(publishedAt)}</time>
    </>
  )
  if (inline) return published
  return (
    <p className="meta dates">
      <span>{published}</span>
      {updatedAt && (
        <span>
          {' · '}Updated <time dateTime={updatedAt}>{formatRevisionTime(updatedAt)}</time>
        </span>
      )}
    </p>
  )
}
