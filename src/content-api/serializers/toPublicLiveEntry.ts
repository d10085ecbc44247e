import { lexicalToPlainText } from '@/articles/body/plainText'
import { lexicalToHtml } from '@/articles/body/toHtml'
import { entryUrl } from '@/articles/urls'
import type { ListedLiveEntry } from '@/articles/live/liveEntryReads'

import type { PublicLiveEntry } from '../schemas/liveEntry'
import { toPublicAuthorRef } from './toPublicAuthor'
import { toPublicImage } from './toPublicImage'
import { isoOrNull, populated, textOrNull } from './values'

/** An entry field by field from what the public may see; the schema strips anything else. */
export function toPublicLiveEntry(entry: ListedLiveEntry, articleSlug: string): PublicLiveEntry {
  const author = populated(entry.author)
  return {
    id: entry.id,
    url: entryUrl(articleSlug, entry.id),
    time: isoOrNull(entry.time) ?? '',
    updatedAt: isoOrNull(entry.updatedAt) ?? '',
    editedAt: isoOrNull(entry.editedAt),
    headline: textOrNull(entry.headline),
    pinned: entry.pinned === true,
    body: {
      html: textOrNull(lexicalToHtml(entry.body)),
      text: textOrNull(lexicalToPlainText(entry.body)),
    },
    image: toPublicImage(entry.image),
    author: author ? toPublicAuthorRef(author) : null,
  }
}
