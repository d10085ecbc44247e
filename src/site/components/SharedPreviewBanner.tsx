import { formatPublishedDate } from '@/site/format/publishedDate'

/** On a shared preview: the outsider must never take the draft for the published story. */
export function SharedPreviewBanner({ expiresAt }: { expiresAt: string }) {
  return (
    <div className="preview-banner" role="status">
      Shared preview, not published, expires{' '}
      <time dateTime={expiresAt}>{formatPublishedDate(expiresAt)}</time>
    </div>
  )
}
