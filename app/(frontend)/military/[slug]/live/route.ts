import { liveEntryStream } from '@/site/live/entryStream'

// A stream per reader: never cached, never prerendered.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

export async function GET(request: Request, { params }: Context) {
  const { slug } = await params
  return liveEntryStream(request, slug)
}
