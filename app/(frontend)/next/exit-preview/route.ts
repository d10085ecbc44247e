import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { SECTION_PATH } from '@/articles/urls'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const back = new URL(request.url).searchParams.get('path')
  // Only paths on this site, so the exit link cannot be turned into an open redirect.
  redirect(back?.startsWith('/') && !back.startsWith('//') ? back : SECTION_PATH)
}
