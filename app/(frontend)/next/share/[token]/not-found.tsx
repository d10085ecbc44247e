import { SharedPreviewGone } from '@/site/components/SharedPreviewGone'

export default function SharedPreviewNotFound() {
  return <SharedPreviewGone />
}
