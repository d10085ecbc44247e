import Link from 'next/link'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

export function SectionLabel() {
  return (
    <p className="section-label">
      <Link prefetch={false} href={SECTION_PATH}>
        {WEBSITE_SECTION_LABEL}
      </Link>
    </p>
  )
}
