'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

/**
 * "Send test event" on a webhook endpoint's page: queues one signed `webhook.test` POST to it.
 * The jobs queue sends it within seconds; the attempt shows in the deliveries below.
 */
export function SendTestEvent() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [message, setMessage] = useState('')

  if (!id || !collectionSlug) return null

  const send = async () => {
    setMessage('Queuing…')
    const response = await fetch(
      formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/test-event` }),
      { method: 'POST', credentials: 'include' },
    )
    setMessage(
      response.ok
        ? 'Test event queued: it is sent within seconds; reload to see the delivery.'
        : `Could not queue the test event (${response.status}).`,
    )
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" onClick={send} size="medium">
        Send test event
      </Button>
      <p role="status">{message}</p>
    </div>
  )
}
