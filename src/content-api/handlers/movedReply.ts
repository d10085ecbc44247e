import { movedTo } from '@/articles/redirects/movedTo'

import type { Reply } from '../http/route'

/**
 * A 301 to the API address of where a story or author moved (`sitePath` → `apiPath`), or null
 * when the old address led nowhere public. Plain text body: clients follow the Location.
 */
export async function movedReply(
  sitePath: string,
  toApiPath: (movedSitePath: string) => string | null,
): Promise<Reply | null> {
  const target = await movedTo(sitePath)
  const location = target ? toApiPath(target) : null
  if (!location) return null
  return {
    text: `Moved to ${location}\n`,
    contentType: 'text/plain; charset=utf-8',
    status: 301,
    headers: { Location: location },
  }
}
