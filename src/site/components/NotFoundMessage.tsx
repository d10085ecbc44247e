import Link from 'next/link'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/** What a reader sees on any 404: what happened and the way back to the section. */
export function NotFoundMessage() {
  return (
    <main id="content" className="message">
      <h1>Page not found</h1>
      <p>The story you are looking for does not exist or is not published.</p>
      <p>
        <Link href={SECTION_PATH}>{`Back to the ${WEBSITE_SECTION_LABEL} section`}</Link>
      </p>
    </main>
  )
}
