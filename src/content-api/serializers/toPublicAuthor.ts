import type { Author } from '@/payload-types'
import { absoluteUrl, authorPath } from '@/articles/urls'

import type { PublicAuthor, PublicAuthorRef } from '../schemas/author'
import { toPublicImage } from './toPublicImage'
import { populated, textOrNull, urlOrNull } from './values'

export function toPublicAuthorRef(author: Author): PublicAuthorRef {
  return {
    name: author.name,
    slug: author.slug,
    role: textOrNull(author.role),
    url: absoluteUrl(authorPath(author.slug)),
    avatar: toPublicImage(author.avatar),
  }
}

/** Named fields only: `email` and whatever is added to authors later stay private. */
export function toPublicAuthor(author: Author): PublicAuthor {
  return {
    ...toPublicAuthorRef(author),
    id: author.id,
    bio: textOrNull(author.bio),
    links: {
      x: urlOrNull(author.links?.x),
      linkedin: urlOrNull(author.links?.linkedin),
      website: urlOrNull(author.links?.website),
    },
  }
}

/** Authors in byline order, skipping any the caller may not read (left as bare ids). */
export function toPublicAuthorRefs(authors: (string | Author)[] | null | undefined) {
  return (authors ?? []).flatMap((author) => {
    const doc = populated(author)
    return doc ? [toPublicAuthorRef(doc)] : []
  })
}
