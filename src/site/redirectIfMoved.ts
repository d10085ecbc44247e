import { permanentRedirect } from 'next/navigation'

import { movedTo } from '@/articles/redirects/movedTo'

/**
 * A page found nothing at `path`: if the story or author moved, send the reader on for good.
 * Next.js answers 308; server.ts turns permanent redirects of GET and HEAD into 301, the code
 * every crawler and feed reader understands.
 */
export async function redirectIfMoved(path: string): Promise<void> {
  const target = await movedTo(path)
  if (target) permanentRedirect(target)
}
