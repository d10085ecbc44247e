import { liveTopic } from '@collections/LiveEntries/liveTopic'
import { findSectionArticle } from '@/articles/reads/articles'
import { env } from '@/platform/env'
import { subscribe } from '@/platform/events/topicBus'
import { clientAddress } from '@/platform/guard/clientAddress'
import { ConnectionLimiter } from '@/platform/guard/connectionLimiter'

/** Comments keep idle connections open through proxies that close silent ones. */
const HEARTBEAT_MS = 25_000
/** EventSource waits this long before it reconnects after the stream ends. */
const RETRY_MS = 3_000

const encoder = new TextEncoder()

/** Each stream holds a connection until the reader leaves, so one client may hold only so many. */
const openStreams = new ConnectionLimiter(env.rateLimits.liveStreamsPerClient)

/**
 * Server-sent events for one open live page: nothing but a short message when an entry is added,
 * changed or removed (the page then fetches what changed from the content API, which is cached),
 * and a heartbeat. A waiting reader costs one idle connection and a timer, not a request a second.
 * One client (`clientAddress`) holds at most RATE_LIMIT_LIVE_STREAMS streams at once; beyond
 * that it is refused with a 429 until one closes.
 */
export async function liveEntryStream(request: Request, slug: string): Promise<Response> {
  const article = await findSectionArticle(slug)
  if (article?.liveStatus !== 'open') {
    // 204 tells EventSource to stop reconnecting: the story is not live (or not public).
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  }
  const release = openStreams.take(clientAddress(request.headers))
  if (!release) {
    return new Response('Too many live streams open from this address.\n', {
      status: 429,
      headers: {
        'Cache-Control': 'no-store',
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(RETRY_MS / 1000),
      },
    })
  }
  let stop = release
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
        release()
      }
      const close = () => {
        stop()
        try {
          controller.close()
        } catch {
          // Already closed by the reader going away.
        }
      }
      if (request.signal.aborted) close()
      else request.signal.addEventListener('abort', close)
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
