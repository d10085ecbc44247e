import { env } from '@/platform/env'
import { clientAddress } from '@/platform/guard/clientAddress'
import { RateLimiter, rateLimitHeaders } from '@/platform/guard/rateLimiter'
import { recordView } from '@/views/recordView'
import { hasViewedToday, viewedTodayCookie } from '@/views/viewedCookie'

import { ApiError, notFound } from '../http/ApiError'
import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { NoParams } from '../schemas/params'
import { ViewResult } from '../schemas/view'

const limiter = new RateLimiter({ limit: env.rateLimits.viewsPerMinute, windowMs: 60_000 })

function isHttps(request: Request): boolean {
  return (
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto') === 'https'
  )
}

export async function recordViewHandler(request: Request, { id }: { id: string }): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  const address = clientAddress(request.headers)
  const decision = limiter.take(address)
  if (!decision.isAllowed) {
    throw new ApiError(
      429,
      'rate_limited',
      'Too many views from this address. Slow down.',
      [],
      rateLimitHeaders(decision),
    )
  }

  const now = new Date()
  const outcome = await recordView(id, {
    address,
    userAgent: request.headers.get('user-agent')?.trim() ?? '',
    hasViewedToday: hasViewedToday(request.headers.get('cookie'), now),
  })
  if (!outcome.isFound) throw notFound('No published Military article has this id.')
  return {
    schema: ViewResult,
    data: { data: { views: outcome.views, counted: outcome.counted } },
    headers: { 'Set-Cookie': viewedTodayCookie(id, now, isHttps(request)) },
  }
}
