import Link from 'next/link'

import { SECTION_PATH, searchPath } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/** The section and search: the two links both the header and the footer lead with. */
export function SectionLinks() {
  return (
    <>
      <Link prefetch={false} href={SECTION_PATH}>
        {WEBSITE_SECTION_LABEL}
      </Link>
      <Link prefetch={false} href={searchPath()}>
        Search
      </Link>
    </>
  )
}
