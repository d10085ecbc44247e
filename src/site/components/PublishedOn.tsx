import { formatPublishedDate } from '@/site/format/publishedDate'

// Saves made within this long of publishing (autosave, a typo fixed at once) are not "updates".
const UPDATE_GRACE_MS = 10 * 60 * 1000

type Props = { publishedAt: string; updatedAt?: string | null; inline?: boolean }

/** "Published On Mon, 13 Oct 2025", and "Updated …" once the story was edited after that. */
export function PublishedOn({ publishedAt, updatedAt, inline = false }: Props) {
  const isUpdated =
    updatedAt && new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > UPDATE_GRACE_MS
  const published = (
    <>
      Published On <time dateTime={publishedAt}>{formatPublishedDate(publishedAt)}</time>
    </>
  )
  if (inline) return published
  return (
    <p className="meta dates">
      <span>{published}</span>
      {isUpdated && (
        <span>
          {' · '}Updated <time dateTime={updatedAt}>{formatPublishedDate(updatedAt)}</time>
        </span>
      )}
    </p>
  )
}
