import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'
import { env } from '@/platform/env'
import { clientAddress } from '@/platform/guard/clientAddress'
import { isHttps } from '@/platform/security/isHttps'
import { recordView } from '@/views/recordView'
import { hasViewedToday, viewedTodayCookie } from '@/views/viewedCookie'

import { notFound } from '../http/ApiError'
import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { NoParams } from '../schemas/params'
import { ViewResult } from '../schemas/view'

/** Rate-limited in front of the route by the API guard (`src/platform/guard/apiGuard.ts`). */
export async function recordViewHandler(request: Request, { id }: { id: string }): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  const address = clientAddress(request.headers)
  const now = new Date()
  const outcome = await recordView(id, {
    address,
    userAgent: request.headers.get('user-agent')?.trim() ?? '',
    hasViewedToday: hasViewedToday(request.headers.get('cookie'), now),
  })
  if (!outcome.isFound) throw notFound(`No published ${WEBSITE_SECTION_LABEL} article has this id.`)
  return {
    schema: ViewResult,
    data: { data: { views: outcome.views, counted: outcome.counted } },
    headers: { 'Set-Cookie': viewedTodayCookie(id, now, isHttps(env.serverUrl)) },
  }
}
