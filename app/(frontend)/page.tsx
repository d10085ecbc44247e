import { SectionFront } from '@/components/SectionFront'
import { listMilitaryArticles } from '@/data/articles'

// Read at request time: the database is not available while the site is built.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const { docs } = await listMilitaryArticles()
  return <SectionFront articles={docs} />
}
