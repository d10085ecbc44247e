'use client'

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { entryAnchor } from '@/articles/live/entryAnchor'
import { absoluteTime, relativeTime } from '@/site/format/entryTimes'
import type { LiveEntryView } from '@/site/live/liveEntryView'

import styles from './LiveEntries.module.css'

type Props = {
  entries: LiveEntryView[]
  keyEvents: LiveEntryView[]
  /** Open coverage listens for new entries; an ended page is an archive and stays still. */
  isOpen: boolean
  /** The content API's entries of this story, and the server-sent stream that says when to ask. */
  entriesUrl: string
  streamUrl: string
  /** Which page of the entries this is (the story's own page is 1). */
  page: number
  /** The next page of older entries for readers without JavaScript; null on the last. */
  olderHref: string | null
  pageSize: number
  timeZone: string
}

const newestFirst = (a: LiveEntryView, b: LiveEntryView) => b.time.localeCompare(a.time)

/** Adds or replaces entries by id, newest first. */
function merged(list: LiveEntryView[], changes: LiveEntryView[]): LiveEntryView[] {
  const byId = new Map(list.map((entry) => [entry.id, entry]))
  for (const entry of changes) byId.set(entry.id, entry)
  return [...byId.values()].sort(newestFirst)
}

const latestUpdate = (lists: LiveEntryView[][]) =>
  lists
    .flat()
    .map((entry) => entry.updatedAt)
    .sort()
    .at(-1) ?? new Date(0).toISOString()

/** How long to wait before asking again for an entry the answer did not hold yet. */
const RETRY_WAITS_MS = [200, 400, 800, 1600]

const TICK_MS = 30_000

const subscribeToClock = (onTick: () => void) => {
  const timer = setInterval(onTick, TICK_MS)
  return () => clearInterval(timer)
}
// Stable between ticks, as useSyncExternalStore needs; null on the server (no relative times).
const clockNow = () => Math.floor(Date.now() / TICK_MS) * TICK_MS
const noClock = () => null

/** Re-renders every half minute so "5 min ago" stays true on a tab left open for hours. */
const useNow = (): number | null => useSyncExternalStore(subscribeToClock, clockNow, noClock)

/**
 * The entries of a live page. The server renders them (readers without JavaScript get them all,
 * and older ones through a link); here, while coverage is open, a server-sent event says that
 * something changed and one small cached request fetches only what changed. A reader who has
 * scrolled into the entries is not moved: new ones wait behind an "N new updates" button.
 */
export function LiveEntries(props: Props) {
  const [entries, setEntries] = useState(props.entries)
  const [keyEvents, setKeyEvents] = useState(props.keyEvents)
  const [waiting, setWaiting] = useState<LiveEntryView[]>([])
  const [nextPage, setNextPage] = useState(props.olderHref ? props.page + 1 : null)
  const since = useRef(latestUpdate([props.entries, props.keyEvents]))
  const known = useRef(new Set(props.entries.map((entry) => entry.id)))
  const list = useRef<HTMLOListElement>(null)
  const now = useNow()

  const apply = useCallback((changes: LiveEntryView[]) => {
    if (changes.length === 0) return
    since.current = latestUpdate([changes, [{ updatedAt: since.current } as LiveEntryView]])
    const isReading = (list.current?.getBoundingClientRect().top ?? 0) < 0
    const edits = changes.filter((entry) => known.current.has(entry.id))
    const added = changes.filter((entry) => !known.current.has(entry.id))
    setEntries((current) => merged(current, isReading ? edits : changes))
    if (isReading) setWaiting((current) => merged(current, added))
    else for (const entry of added) known.current.add(entry.id)
    setKeyEvents((current) =>
      merged(
        current.filter((entry) => !changes.some((change) => change.id === entry.id)),
        changes.filter((entry) => entry.pinned),
      ),
    )
  }, [])

  const remove = useCallback((id: string) => {
    const without = (current: LiveEntryView[]) => current.filter((entry) => entry.id !== id)
    setEntries(without)
    setWaiting(without)
    setKeyEvents(without)
  }, [])

  const fetchPage = useCallback(
    async (query: string): Promise<{ entries: LiveEntryView[]; pages: number }> => {
      // no-cache: the same `since` may ask again after a change; the ETag makes that a cheap 304.
      const response = await fetch(`${props.entriesUrl}?${query}`, { cache: 'no-cache' })
      if (!response.ok) return { entries: [], pages: 0 }
      const body = (await response.json()) as {
        data: LiveEntryView[]
        meta: { pagination: { pages: number } }
      }
      return { entries: body.data, pages: body.meta.pagination.pages }
    },
    [props.entriesUrl],
  )

  useEffect(() => {
    if (!props.isOpen) return
    // The news of a change can come before the answer holds it: Next clears the cached answers
    // when the saving request ends, and a MongoDB replica set commits after the hooks. So when a
    // change names an entry, ask again, soon and briefly, until the answer has it.
    const catchUp = async (announced?: string) => {
      for (const wait of announced ? [0, ...RETRY_WAITS_MS] : [0]) {
        if (wait) await new Promise((resolve) => setTimeout(resolve, wait))
        const page = await fetchPage(`since=${encodeURIComponent(since.current)}&limit=100`)
        apply(page.entries)
        if (page.entries.some((entry) => entry.id === announced)) return
      }
    }
    const source = new EventSource(props.streamUrl)
    // On every (re)connection: whatever was added while the page was cached or offline.
    source.onopen = () => void catchUp().catch(() => undefined)
    source.onmessage = (event: MessageEvent<string>) => {
      const change = JSON.parse(event.data) as { event?: string; id?: string }
      if (change.event === 'removed' && change.id) remove(change.id)
      else void catchUp(change.id).catch(() => undefined)
    }
    return () => source.close()
  }, [props.isOpen, props.streamUrl, fetchPage, apply, remove])

  const showWaiting = () => {
    for (const entry of waiting) known.current.add(entry.id)
    setEntries((current) => merged(current, waiting))
    setWaiting([])
    list.current?.scrollIntoView({ behavior: 'smooth' })
  }

  const loadOlder = async (event: React.MouseEvent) => {
    if (!nextPage) return
    event.preventDefault()
    const page = await fetchPage(`page=${nextPage}&limit=${props.pageSize}`)
    for (const entry of page.entries) known.current.add(entry.id)
    setEntries((current) => merged(current, page.entries))
    setNextPage(nextPage < page.pages ? nextPage + 1 : null)
  }

  const entry = (item: LiveEntryView, inKeyEvents = false) => (
    <li
      key={item.id}
      id={inKeyEvents ? undefined : entryAnchor(item.id)}
      className={styles.entry}
      data-testid={inKeyEvents ? 'key-event' : 'live-entry'}
    >
      <p className={styles.time}>
        <time dateTime={item.time} suppressHydrationWarning>
          {now === null ? absoluteTime(item.time, props.timeZone) : relativeTime(item.time, now)}
        </time>
        {now !== null && <span> · {absoluteTime(item.time, props.timeZone)}</span>}
        {item.editedAt && <span className={styles.edited}> · edited</span>}
      </p>
      {inKeyEvents ? (
        <a href={`#${entryAnchor(item.id)}`}>
          {item.headline ?? absoluteTime(item.time, props.timeZone)}
        </a>
      ) : (
        <>
          {item.headline && <h3>{item.headline}</h3>}
          {item.body.html && (
            <div className="body" dangerouslySetInnerHTML={{ __html: item.body.html }} />
          )}
          {item.image && (
            // eslint-disable-next-line @next/next/no-img-element -- sized renditions from the API
            <img
              src={item.image.url}
              alt={item.image.alt ?? ''}
              width={item.image.width ?? undefined}
              height={item.image.height ?? undefined}
              loading="lazy"
              className={styles.image}
            />
          )}
          {item.author && <p className={styles.author}>{item.author.name}</p>}
        </>
      )}
    </li>
  )

  return (
    <section className={styles.live} aria-label="Live updates">
      {keyEvents.length > 0 && (
        <nav className={styles.keyEvents} aria-labelledby="key-events">
          <h2 id="key-events">Key events</h2>
          <ul>{keyEvents.map((item) => entry(item, true))}</ul>
        </nav>
      )}
      {waiting.length > 0 && (
        <button type="button" className={styles.waiting} onClick={showWaiting}>
          {waiting.length === 1 ? '1 new update' : `${waiting.length} new updates`}
        </button>
      )}
      <ol ref={list} className={styles.entries} data-testid="live-entries">
        {entries.map((item) => entry(item))}
      </ol>
      {nextPage && props.olderHref && (
        <a href={props.olderHref} onClick={loadOlder} className={styles.older}>
          Older updates
        </a>
      )}
    </section>
  )
}
