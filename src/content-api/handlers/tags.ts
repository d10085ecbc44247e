import { listTags } from '@/articles/reads/tags'

import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { pageOf } from '../pagination'
import { PageParams } from '../schemas/params'
import { TagList } from '../schemas/responses'

export async function listTagsHandler(request: Request): Promise<Reply> {
  const { page, limit } = parseQuery(PageParams, new URL(request.url))
  const { items, pagination } = pageOf(await listTags(), page, limit)
  return {
    schema: TagList,
    data: { data: items.map(({ tag, count }) => ({ name: tag, count })), meta: { pagination } },
  }
}
