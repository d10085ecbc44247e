import { liveTopic } from '@collections/LiveEntries/liveTopic'
import { findSectionArticle } from '@/articles/reads/articles'
import { subscribe } from '@/platform/events/topicBus'

/** Comments keep idle connections open through proxies that close silent ones. */
const HEARTBEAT_MS = 25_000
/** EventSource waits this long before it reconnects after the stream ends. */
const RETRY_MS = 3_000

const encoder = new TextEncoder()

/**
 * Server-sent events for one open live page: nothing but a short message when an entry is added,
 * changed or removed (the page then fetches what changed from the content API, which is cached),
 * and a heartbeat. A waiting reader costs one idle connection and a timer, not a request a second.
 */
export async function liveEntryStream(request: Request, slug: string): Promise<Response> {
  const article = await findSectionArticle(slug)
  if (article?.liveStatus !== 'open') {
    // 204 tells EventSource to stop reconnecting: the story is not live (or not public).
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  }
  let stop = () => undefined as void
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text))
        } catch {
          stop()
        }
      }
      send(`retry: ${RETRY_MS}\n: connected\n\n`)
      const unsubscribe = subscribe(liveTopic(slug), (message) => send(`data: ${message}\n\n`))
      const heartbeat = setInterval(() => send(': \n\n'), HEARTBEAT_MS)
      stop = () => {
        clearInterval(heartbeat)
        unsubscribe()
      }
      request.signal.addEventListener('abort', () => {
        stop()
        try {
          controller.close()
        } catch {
          // Already closed by the reader going away.
        }
      })
    },
    cancel() {
      stop()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: compression would hold events back until a buffer fills.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  })
}
