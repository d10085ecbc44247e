import { TopicRoute, topicRouteMetadata } from '../topicRoute'

// Rendered on first visit, then served from the page cache until a publish clears it.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ topic: string }> }

export async function generateMetadata({ params }: Props) {
  return topicRouteMetadata((await params).topic, 1)
}

export default async function TopicFirstPage({ params }: Props) {
  return <TopicRoute segment={(await params).topic} page={1} />
}
