import Link from 'next/link'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { ARTICLES } from '@collections/slugs'
import type { DeskItem } from '@/newsroom/desk'
import { loadDesk } from '@/newsroom/desk'
import { env } from '@/platform/env'
import type { User } from '@/payload-types'

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: env.timeZone,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

type ListProps = {
  id: string
  heading: string
  empty: string
  items: DeskItem[]
  adminRoute: string
  more?: { href: string; label: string }
}

function DeskList({ id, heading, empty, items, adminRoute, more }: ListProps) {
  return (
    <section className="desk__panel" aria-labelledby={`desk-${id}`} data-desk={id}>
      <h2 id={`desk-${id}`} className="desk__heading">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="desk__empty">{empty}</p>
      ) : (
        <ul className="desk__list">
          {items.map((item) => (
            <li key={`${item.id}-${item.at ?? ''}`} className="desk__item">
              <Link
                href={formatAdminURL({ adminRoute, path: `/collections/${ARTICLES}/${item.id}` })}
              >
                {item.title}
              </Link>
              <span className="desk__meta">
                {item.note ? <span>{item.note}</span> : null}
                {item.note && item.at ? ' · ' : null}
                {item.at ? <time dateTime={item.at}>{when.format(new Date(item.at))}</time> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more ? (
        <Link className="desk__more" href={more.href}>
          {more.label}
        </Link>
      ) : null}
    </section>
  )
}

/** The newsroom's home in the admin: what is mine, what waits, what is coming, what is read. */
export async function Desk({ payload, user }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const desk = await loadDesk(payload, user as User)
  const adminRoute = payload.config.routes.admin
  const listOf = (query: string) =>
    formatAdminURL({ adminRoute, path: `/collections/${ARTICLES}?${query}` })
  return (
    <div className="desk" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <style>{`
        .desk__grid { display: grid; gap: var(--base); grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); align-items: start; }
        .desk__panel { border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); padding: var(--base); background: var(--theme-elevation-0); }
        .desk__heading { font-size: 1.05rem; margin: 0 0 calc(var(--base) / 2); }
        .desk__list { list-style: none; margin: 0; padding: 0; }
        .desk__item { display: flex; flex-direction: column; padding: calc(var(--base) / 4) 0; border-top: 1px solid var(--theme-elevation-100); }
        .desk__item:first-child { border-top: 0; }
        .desk__meta, .desk__empty { color: var(--theme-elevation-500); font-size: 0.8125rem; }
        .desk__more { display: inline-block; margin-top: calc(var(--base) / 2); font-size: 0.8125rem; }
      `}</style>
      <h1 style={{ marginBottom: 'var(--base)' }}>The desk</h1>
      <div className="desk__grid">
        <DeskList
          id="my-drafts"
          heading="My drafts"
          empty="No drafts of yours in progress."
          items={desk.myDrafts}
          adminRoute={adminRoute}
        />
        <DeskList
          id="in-review"
          heading="Waiting for review"
          empty="Nothing is waiting for review."
          items={desk.inReview}
          adminRoute={adminRoute}
          more={{
            href: listOf('where[workflow][equals]=in-review&sort=updatedAt'),
            label: 'All stories in review',
          }}
        />
        <DeskList
          id="scheduled"
          heading="Scheduled"
          empty="Nothing is scheduled."
          items={desk.scheduled}
          adminRoute={adminRoute}
        />
        <DeskList
          id="recently-published"
          heading="Recently published"
          empty="Nothing published yet."
          items={desk.recentlyPublished}
          adminRoute={adminRoute}
        />
        <DeskList
          id="most-viewed"
          heading="Most viewed, last 7 days"
          empty="No views counted in the last 7 days."
          items={desk.mostViewed}
          adminRoute={adminRoute}
        />
        <DeskList
          id="last-notes"
          heading="Last corrections and updates"
          empty="No corrections or updates yet."
          items={desk.lastNotes}
          adminRoute={adminRoute}
        />
      </div>
    </div>
  )
}
