import type { Metadata } from 'next'

import { SectionFront } from '@/components/SectionFront'
import { listMilitaryArticles } from '@/data/articles'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Military', alternates: { canonical: '/military' } }

export default async function MilitaryPage() {
  const { docs } = await listMilitaryArticles()
  return <SectionFront articles={docs} />
}
