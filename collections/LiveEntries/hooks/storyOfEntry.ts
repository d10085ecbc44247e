import type { PayloadRequest } from 'payload'

import { ARTICLES } from '@collections/slugs'
import type { Article, LiveEntry } from '@/payload-types'

export type EntryStory = Pick<Article, 'id' | 'slug' | '_status' | 'section' | 'liveStatus'>

export const articleIdOf = (entry: Pick<LiveEntry, 'article'> | null | undefined) =>
  typeof entry?.article === 'object' ? entry.article?.id : entry?.article

/** The published row of the story an entry belongs to (drafts of the story do not count). */
export async function storyOfEntry(
  req: PayloadRequest,
  entry: Pick<LiveEntry, 'article'> | null | undefined,
): Promise<EntryStory | null> {
  const id = articleIdOf(entry)
  if (!id) return null
  return req.payload
    .findByID({
      collection: ARTICLES,
      id,
      draft: false,
      depth: 0,
      select: { slug: true, _status: true, section: true, liveStatus: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null) as Promise<EntryStory | null>
}
