import Link from 'next/link'

import { SECTION_PATH } from '@/articles/urls'

export function SectionLabel() {
  return (
    <p className="section-label">
      <Link prefetch={false} href={SECTION_PATH}>
        Military
      </Link>
    </p>
  )
}
