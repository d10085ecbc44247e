import { AuthorRoute, authorRouteMetadata } from '../../../authorRoute'
import { parsePageNumber } from '@/site/format/pageNumber'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params
  return authorRouteMetadata(slug, parsePageNumber(page))
}

export default async function AuthorLaterPage({ params }: Props) {
  const { slug, page } = await params
  return <AuthorRoute slug={slug} page={parsePageNumber(page)} />
}
