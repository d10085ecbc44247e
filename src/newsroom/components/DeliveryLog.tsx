import Link from 'next/link'
import type { UIFieldServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { WEBHOOK_DELIVERIES } from '@collections/slugs'
import { env } from '@/platform/env'
import { recentDeliveries } from '@/webhooks/recentDeliveries'

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: env.timeZone,
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** The delivery log on a webhook endpoint's page: its last deliveries, newest first. */
export async function DeliveryLog({ id, payload, user }: UIFieldServerProps) {
  if (!id) return null
  const { deliveries, total } = await recentDeliveries(payload, user, id)
  const adminRoute = payload.config.routes.admin
  const all = formatAdminURL({
    adminRoute,
    path: `/collections/${WEBHOOK_DELIVERIES}?where[endpoint][equals]=${encodeURIComponent(String(id))}`,
  })

  return (
    <section className="field-type delivery-log" aria-labelledby="delivery-log-heading">
      <h3 id="delivery-log-heading">Deliveries</h3>
      {deliveries.length === 0 ? (
        <p>Nothing sent yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Response time</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>
                  <Link
                    href={formatAdminURL({
                      adminRoute,
                      path: `/collections/${WEBHOOK_DELIVERIES}/${delivery.id}`,
                    })}
                  >
                    {delivery.eventType}
                  </Link>
                </td>
                <td>{delivery.status}</td>
                <td>{delivery.attempts}</td>
                <td>{delivery.lastStatusCode ?? '—'}</td>
                <td>{delivery.lastResponseMs == null ? '—' : `${delivery.lastResponseMs} ms`}</td>
                <td>
                  <time dateTime={delivery.createdAt}>
                    {when.format(new Date(delivery.createdAt))}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > deliveries.length ? (
        <p>
          <Link href={all}>All {total} deliveries</Link>
        </p>
      ) : null}
    </section>
  )
}
