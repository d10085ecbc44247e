import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'
import { findSectionArticle } from '@/articles/reads/articles'
import { listLiveEntries } from '@/articles/live/liveEntryReads'

import { notFound } from '../http/ApiError'
import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { paginationOf } from '../pagination'
import { ListEntriesParams, slugParam } from '../schemas/params'
import { LiveEntryList } from '../schemas/liveEntry'
import { toPublicLiveEntry } from '../serializers/toPublicLiveEntry'

/** A public story's published entries, newest first; with `since`, only what changed after it. */
export async function listLiveEntriesHandler(
  request: Request,
  { slug }: { slug: string },
): Promise<Reply> {
  const params = parseQuery(ListEntriesParams, new URL(request.url))
  const article = slugParam.safeParse(slug).success ? await findSectionArticle(slug) : null
  if (!article) throw notFound(`No published ${WEBSITE_SECTION_LABEL} article has this slug.`)
  const result = await listLiveEntries({
    slug,
    page: params.page,
    limit: params.limit,
    since: params.since?.toISOString(),
  })
  return {
    schema: LiveEntryList,
    data: {
      data: result.docs.map((entry) => toPublicLiveEntry(entry, slug)),
      meta: { pagination: paginationOf(params.page, params.limit, result.totalDocs) },
    },
  }
}
