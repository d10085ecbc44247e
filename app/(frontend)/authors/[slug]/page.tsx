import { AuthorRoute, authorRouteMetadata } from '../authorRoute'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return authorRouteMetadata((await params).slug, 1)
}

export default async function AuthorFirstPage({ params }: Props) {
  return <AuthorRoute slug={(await params).slug} page={1} />
}
