import { TopicRoute, topicRouteMetadata } from '../../../topicRoute'
import { parsePageNumber } from '@/site/format/pageNumber'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ topic: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { topic, page } = await params
  return topicRouteMetadata(topic, parsePageNumber(page))
}

export default async function TopicLaterPage({ params }: Props) {
  const { topic, page } = await params
  return <TopicRoute segment={topic} page={parsePageNumber(page)} />
}
