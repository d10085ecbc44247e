/** A short message for everyone listening on a topic (what changed, in the topic's own words). */
type Listener = (message: string) => void

type Bus = Map<string, Set<Listener>>

/**
 * In-process notifications by topic (a live page's slug): the collection hook that saves an
 * entry and the stream route that holds readers' connections run in the same Node.js process
 * (server.ts), but Next.js may bundle this module more than once, so the listeners live on
 * globalThis. With several server processes, each hears only its own saves (docs/performance.md).
 */
const BUS_KEY = Symbol.for('dispatch.topicBus')

function bus(): Bus {
  const holder = globalThis as { [BUS_KEY]?: Bus }
  return (holder[BUS_KEY] ??= new Map())
}

export function subscribe(topic: string, listener: Listener): () => void {
  const listeners = bus().get(topic) ?? new Set()
  listeners.add(listener)
  bus().set(topic, listeners)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) bus().delete(topic)
  }
}

export function publish(topic: string, message: string): void {
  for (const listener of bus().get(topic) ?? []) listener(message)
}

export function listenerCount(topic: string): number {
  return bus().get(topic)?.size ?? 0
}
