import { NotFoundMessage } from '@/site/components/NotFoundMessage'

export default function NotFound() {
  return <NotFoundMessage />
}
