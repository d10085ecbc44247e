import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { signedInUser } from '@/articles/preview/previewReads'
import { isPreviewToken } from '@/articles/preview/previewSecret'
import { articlePath, SECTION_PATH } from '@/articles/urls'
import { env } from '@/platform/env'
import { sameOriginPath } from '@/platform/security/sameOriginPath'

/** Opens a draft from the admin's Preview button: needs the link's token and a signed-in user. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? ''
  if (!isPreviewToken(slug, url.searchParams.get('token'))) {
    return Response.json(
      { error: { code: 'invalid_preview_link', message: 'This preview link is not valid.' } },
      { status: 403 },
    )
  }
  if (!(await signedInUser())) {
    return Response.json(
      { error: { code: 'sign_in_required', message: 'Sign in to the admin to preview drafts.' } },
      { status: 401 },
    )
  }
  ;(await draftMode()).enable()
  // The slug is signed, yet it is still a request parameter: the one redirect check applies.
  redirect(sameOriginPath(articlePath(slug), { origin: env.serverUrl, fallback: SECTION_PATH }))
}
