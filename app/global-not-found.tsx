import type { Metadata } from 'next'

import { NotFoundMessage } from '@/site/components/NotFoundMessage'
import { ReaderDocument } from '@/site/components/ReaderDocument'

import './(frontend)/styles.css'

// Any URL no route matches (`/nope`, outside the section too): the reader site's own 404, whole
// in the HTML, rather than Next.js's unbranded one. The app has two root layouts (site and
// admin), so no single layout could frame it.
export const metadata: Metadata = {
  title: 'Page not found · Dispatch',
  robots: { index: false },
}

export default function GlobalNotFound() {
  return (
    <ReaderDocument>
      <NotFoundMessage />
    </ReaderDocument>
  )
}
