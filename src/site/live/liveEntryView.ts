import { lexicalToHtml } from '@/articles/body/toHtml'
import type { ListedLiveEntry } from '@/articles/live/liveEntryReads'

/**
 * A live entry as the page shows it. The names are the content API's (`LiveEntry` in
 * src/content-api/schemas/liveEntry.ts), so the page's island reads the API's answers as they
 * come; the server builds the same shape from the read for the first render.
 */
export type LiveEntryView = {
  id: string
  time: string
  updatedAt: string
  editedAt: string | null
  headline: string | null
  pinned: boolean
  body: { html: string | null }
  image: { url: string; width: number | null; height: number | null; alt: string | null } | null
  author: { name: string } | null
}

export function toLiveEntryView(entry: ListedLiveEntry): LiveEntryView {
  const image = typeof entry.image === 'object' ? entry.image : null
  const card = image?.sizes?.card
  const author = typeof entry.author === 'object' ? entry.author : null
  return {
    id: entry.id,
    time: entry.time,
    updatedAt: entry.updatedAt,
    editedAt: entry.editedAt ?? null,
    headline: entry.headline?.trim() ? entry.headline : null,
    pinned: entry.pinned === true,
    body: { html: lexicalToHtml(entry.body) || null },
    image: image?.url
      ? {
          url: card?.url ?? image.url,
          width: card?.url ? (card.width ?? null) : (image.width ?? null),
          height: card?.url ? (card.height ?? null) : (image.height ?? null),
          alt: image.alt ?? null,
        }
      : null,
    author: author ? { name: author.name } : null,
  }
}
