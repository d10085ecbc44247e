import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, describe, expect, it } from 'vitest'

import { buildOpenApi } from '@/content-api/openapi/buildOpenApi'
import { TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/events'

import { setupNewsroom } from '../support/newsroom'
import { startReceiver } from '../support/webhookReceiver'
import { registerEndpoint, removeEndpoint, runWebhookJobsUntil } from '../support/webhooks'

const { payload, fixtures } = await setupNewsroom()
const document = buildOpenApi()

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document, 'dispatch-openapi.json')

describe('webhooks in the OpenAPI document', () => {
  it('should list every event a partner may receive under webhooks', () => {
    const expected = [...WEBHOOK_EVENTS.map((event) => event.value), TEST_EVENT]
    expect(Object.keys(document.webhooks).sort()).toEqual([...expected].sort())
    for (const item of Object.values(document.webhooks)) {
      const names = (item.post?.parameters as { name: string }[]).map((param) => param.name)
      expect(names).toContain('Dispatch-Signature')
    }
  })

  it('should describe the body of a real delivery', async () => {
    const receiver = await startReceiver([200])
    const endpoint = await registerEndpoint(payload, receiver.url, ['article.published'])
    afterAll(async () => {
      await receiver.close()
      await removeEndpoint(payload, endpoint)
    })
    await fixtures.article()
    expect(await runWebhookJobsUntil(payload, () => receiver.received.length > 0)).toBe(true)

    const validate = ajv.getSchema('dispatch-openapi.json#/components/schemas/WebhookEnvelope')
    const body: unknown = JSON.parse(receiver.received[0]?.body ?? 'null')
    expect(validate?.(body), ajv.errorsText(validate?.errors)).toBe(true)
    expect(validate?.({ ...(body as object), leaked: 'x' })).toBe(false)
  })
})
