import { formatPublishedDate } from '@/format/publishedDate'

export function PublishedOn({ date }: { date: string }) {
  return (
    <p className="meta">
      Published On <time dateTime={date}>{formatPublishedDate(date)}</time>
    </p>
  )
}
