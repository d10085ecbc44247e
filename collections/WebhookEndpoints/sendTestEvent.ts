import type { Endpoint } from 'payload'

import { isAdmin } from '@/people/roles'
import { queueTestEvent } from '@/webhooks/queueTestEvent'

/** `POST /api/webhookEndpoints/:id/test-event`: the admin's "Send test event" button. */
export const sendTestEvent: Endpoint = {
  path: '/:id/test-event',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user)) {
      return Response.json(
        { error: { code: 'forbidden', message: 'Admins only.' } },
        { status: 403 },
      )
    }
    const id = typeof req.routeParams?.id === 'string' ? req.routeParams.id : ''
    const delivery = await queueTestEvent(req.payload, id, req)
    if (!delivery) {
      return Response.json(
        { error: { code: 'not_found', message: 'No such endpoint.' } },
        { status: 404 },
      )
    }
    return Response.json({ data: { deliveryId: delivery.id } }, { status: 202 })
  },
}
