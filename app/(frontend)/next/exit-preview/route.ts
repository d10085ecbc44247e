import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { SECTION_PATH } from '@/articles/urls'
import { env } from '@/platform/env'
import { sameOriginPath } from '@/platform/security/sameOriginPath'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const back = new URL(request.url).searchParams.get('path')
  // Only paths on this site, so the exit link cannot be turned into an open redirect.
  redirect(sameOriginPath(back, { origin: env.serverUrl, fallback: SECTION_PATH }))
}
