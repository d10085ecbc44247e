import { afterEach, describe, expect, it } from 'vitest'

import type { RequiredDataFromCollectionSlug } from 'payload'

import {
  ARTICLES,
  LIVE_ENTRIES,
  USERS,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from '@collections/slugs'
import { lexicalBody, paragraph, text } from '@/articles/body/lexicalBuilders'
import { Article } from '@/content-api/schemas/article'
import type { WebhookEndpoint } from '@/payload-types'
import { isValidSignature } from '@/webhooks/delivery/signature'
import { recentDeliveries } from '@/webhooks/recentDeliveries'
import { WebhookEnvelope } from '@/content-api/schemas/webhook'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'
import type { Answer } from '../support/webhookReceiver'
import { startReceiver } from '../support/webhookReceiver'
import {
  deliveriesOf,
  registerEndpoint,
  removeEndpoint,
  runWebhookJobsUntil,
  settledDeliveries,
} from '../support/webhooks'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', admin: 'admin' },
})

/** `Authorization: JWT …` for a test user (fixtures share one password). */
const bearer = async (email: string) => {
  const { token } = await payload.login({
    collection: USERS,
    data: { email, password: 'correct-horse-battery' },
  })
  return { Authorization: `JWT ${token ?? ''}` }
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>
let cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  cleanups = []
})

async function partner(script: Answer[], events?: Parameters<typeof registerEndpoint>[2]) {
  const receiver = await startReceiver(script)
  const endpoint = await registerEndpoint(payload, receiver.url, events)
  cleanups.push(
    () => receiver.close(),
    () => removeEndpoint(payload, endpoint),
  )
  return { receiver, endpoint }
}

const untilSettled = (endpoint: WebhookEndpoint, count = 1) =>
  runWebhookJobsUntil(
    payload,
    async () => (await settledDeliveries(payload, endpoint)).length >= count,
  )

const envelopesOf = (receiver: Receiver) =>
  receiver.received.map((post) => WebhookEnvelope.parse(JSON.parse(post.body)))

describe('publish webhooks', () => {
  it('should sign every POST so the receiver can verify it with the endpoint secret', async () => {
    const { receiver, endpoint } = await partner([200])
    await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    const [post] = receiver.received
    expect(post).toBeDefined()
    const header = String(post?.headers['dispatch-signature'])
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(isValidSignature(endpoint.secret ?? '', post?.body ?? '', header)).toBe(true)
    expect(isValidSignature('whsec_not-the-secret', post?.body ?? '', header)).toBe(false)
    expect(isValidSignature(endpoint.secret ?? '', `${post?.body} `, header)).toBe(false)
  })

  it('should send the public article in the content API shape in a stable envelope', async () => {
    const { receiver, endpoint } = await partner([200])
    const article = await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    const [envelope] = envelopesOf(receiver)
    expect(envelope).toMatchObject({
      type: 'article.published',
      id: expect.stringMatching(/^evt_/),
    })
    const shaped = Article.parse(envelope?.data.article)
    expect(shaped).toMatchObject({ id: article.id, slug: article.slug, title: article.title })
    expect(receiver.received[0]?.headers['dispatch-event-id']).toBe(envelope?.id)
  })

  it('should try three times with growing waits when the receiver answers 500, 500, 200', async () => {
    const { receiver, endpoint } = await partner([500, 500, 200])
    await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    expect(receiver.received).toHaveLength(3)
    const [first, second, third] = receiver.received.map((post) => post.at)
    const waits = [(second ?? 0) - (first ?? 0), (third ?? 0) - (second ?? 0)]
    // The test schedule waits 0.2 s, then 0.4 s (WEBHOOKS_RETRY_BASE_SECONDS in vitest.config.ts).
    expect(waits[0]).toBeGreaterThanOrEqual(200)
    expect(waits[1]).toBeGreaterThanOrEqual(400)
    expect(new Set(receiver.received.map((post) => post.body)).size).toBe(1)

    const [delivery] = await deliveriesOf(payload, endpoint)
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 })
    expect(delivery?.log?.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200])
    expect(delivery?.log?.every((attempt) => typeof attempt.responseMs === 'number')).toBe(true)
  })

  it('should give up after the retry window and mark the endpoint failing', async () => {
    const { receiver, endpoint } = await partner([503])
    await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    const [delivery] = await deliveriesOf(payload, endpoint)
    expect(delivery?.status).toBe('failed')
    expect(delivery?.attempts).toBe(receiver.received.length)
    expect(receiver.received.length).toBeGreaterThanOrEqual(3)
    const stored = await payload.findByID({ collection: WEBHOOK_ENDPOINTS, id: endpoint.id })
    expect(stored.isFailing).toBe(true)
  })

  it('should not follow a redirect, and count it as a failed attempt', async () => {
    const target = await startReceiver([200])
    cleanups.push(() => target.close())
    const { endpoint } = await partner([{ status: 307, location: target.url }, 200])
    await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    const [delivery] = await deliveriesOf(payload, endpoint)
    expect(delivery?.log?.map((attempt) => attempt.statusCode)).toEqual([307, 200])
    expect(target.received).toHaveLength(0)
  })

  it('should cut off a receiver that does not answer within the timeout and retry', async () => {
    const { endpoint } = await partner(['hang', 200])
    await fixtures.article()
    expect(await untilSettled(endpoint)).toBe(true)

    const [delivery] = await deliveriesOf(payload, endpoint)
    expect(delivery?.log?.[0]).toMatchObject({
      statusCode: null,
      error: 'No answer within 1000 ms',
    })
    expect(delivery?.status).toBe('delivered')
  })
})

describe('which saves send which events', () => {
  const ALL = [
    'article.published',
    'article.updated',
    'article.corrected',
    'article.unpublished',
  ] as const

  it('should send updated when a published story is published again, and nothing for a draft save', async () => {
    const { receiver, endpoint } = await partner([200], [...ALL])
    const article = await fixtures.article()
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      draft: true,
      data: { title: 'A draft headline nobody sees yet' },
    })
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: 'The corrected headline', _status: 'published' },
    })
    expect(await untilSettled(endpoint, 2)).toBe(true)

    const envelopes = envelopesOf(receiver)
    expect(envelopes.map((envelope) => envelope.type)).toEqual([
      'article.published',
      'article.updated',
    ])
    expect(Article.parse(envelopes[1]?.data.article).title).toBe('The corrected headline')
  })

  it('should send unpublished with only the id and slug when a story is taken down', async () => {
    const { receiver, endpoint } = await partner([200], ['article.unpublished'])
    const article = await fixtures.article()
    await payload.update({ collection: ARTICLES, id: article.id, data: { _status: 'draft' } })
    expect(await untilSettled(endpoint)).toBe(true)

    expect(envelopesOf(receiver).map((envelope) => [envelope.type, envelope.data.article])).toEqual(
      [['article.unpublished', { id: article.id, slug: article.slug }]],
    )
  })

  it('should send corrected for a correction note and updated for an update note', async () => {
    const { receiver, endpoint } = await partner([200], ['article.corrected', 'article.updated'])
    const article = await fixtures.article()
    const editor = { ...(await bearer(users.editor.email)), 'Content-Type': 'application/json' }
    for (const note of [
      { kind: 'correction', text: 'An earlier version gave the wrong calibre.' },
      { kind: 'update', text: 'Adds the ministry’s response.' },
    ]) {
      const answer = await rest(`/api/articles/${article.id}/notes`, {
        method: 'POST',
        headers: editor,
        body: JSON.stringify(note),
      })
      expect(answer.status).toBe(201)
    }
    expect(await untilSettled(endpoint, 2)).toBe(true)
    expect(envelopesOf(receiver).map((envelope) => envelope.type)).toEqual([
      'article.corrected',
      'article.updated',
    ])
  })

  it('should send live_entry.added once when an entry becomes public on a live story', async () => {
    const { receiver, endpoint } = await partner([200], ['live_entry.added'])
    const article = await fixtures.article()
    await payload.update({ collection: ARTICLES, id: article.id, data: { liveStatus: 'open' } })
    const entry = await payload.create({
      collection: LIVE_ENTRIES,
      data: {
        article: article.id,
        status: 'published',
        time: new Date().toISOString(),
        body: lexicalBody(paragraph(text('Sirens in the port.'))),
      } as RequiredDataFromCollectionSlug<typeof LIVE_ENTRIES>,
    })
    cleanups.push(async () => {
      await payload.delete({ collection: LIVE_ENTRIES, id: entry.id })
    })
    await payload.update({ collection: LIVE_ENTRIES, id: entry.id, data: { pinned: true } })
    expect(await untilSettled(endpoint)).toBe(true)
    const envelopes = envelopesOf(receiver)
    expect(envelopes.map((envelope) => envelope.type)).toEqual(['live_entry.added'])
    expect(envelopes[0]?.data).toMatchObject({ liveEntry: { id: entry.id } })
  })

  it('should send nothing for a story of another desk', async () => {
    const { receiver, endpoint } = await partner([200], [...ALL])
    await fixtures.article({ section: 'world' })
    await runWebhookJobsUntil(payload, () => false, 600)
    expect(receiver.received).toHaveLength(0)
    expect(await deliveriesOf(payload, endpoint)).toHaveLength(0)
  })

  it('should send nothing to an endpoint that is switched off', async () => {
    const { receiver, endpoint } = await partner([200])
    await payload.update({
      collection: WEBHOOK_ENDPOINTS,
      id: endpoint.id,
      data: { isActive: false },
    })
    await fixtures.article()
    await runWebhookJobsUntil(payload, () => false, 600)
    expect(receiver.received).toHaveLength(0)
  })
})

describe('who may see endpoints and deliveries', () => {
  it('should hide endpoints, their secrets and the delivery log from editors', async () => {
    const { endpoint } = await partner([200])
    for (const collection of [WEBHOOK_ENDPOINTS, WEBHOOK_DELIVERIES] as const) {
      await expect(
        payload.find({ collection, user: users.editor, overrideAccess: false }),
      ).rejects.toThrow('not allowed')
    }
    await expect(
      payload.findByID({
        collection: WEBHOOK_ENDPOINTS,
        id: endpoint.id,
        user: users.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow('not allowed')
    const asAdmin = await payload.findByID({
      collection: WEBHOOK_ENDPOINTS,
      id: endpoint.id,
      user: users.admin,
      overrideAccess: false,
    })
    expect(asAdmin.secret).toMatch(/^whsec_/)
  })

  it("should show an admin the endpoint's own deliveries, newest first, and refuse editors", async () => {
    const { endpoint } = await partner([200, 200])
    const { endpoint: other } = await partner([200])
    await fixtures.article()
    await fixtures.article()
    expect(await untilSettled(endpoint, 2)).toBe(true)
    expect(await untilSettled(other, 2)).toBe(true)

    const { deliveries, total } = await recentDeliveries(payload, users.admin, endpoint.id)
    expect(total).toBe(2)
    const own = await deliveriesOf(payload, endpoint)
    expect(deliveries.map((delivery) => delivery.id).sort()).toEqual(
      own.map((delivery) => delivery.id).sort(),
    )
    const created = deliveries.map((delivery) => delivery.createdAt)
    expect(created).toEqual([...created].sort().reverse())
    expect(deliveries.every((delivery) => delivery.status === 'delivered')).toBe(true)

    await expect(recentDeliveries(payload, users.editor, endpoint.id)).rejects.toThrow(
      'not allowed',
    )
  })

  it("should answer anonymous and editors' REST reads of endpoints and deliveries with 403", async () => {
    const { endpoint } = await partner([200])
    const editor = await bearer(users.editor.email)
    for (const path of [
      '/api/webhookEndpoints',
      `/api/webhookEndpoints/${endpoint.id}`,
      '/api/webhookDeliveries',
    ]) {
      expect((await rest(path)).status, path).toBe(403)
      expect((await rest(path, { headers: editor })).status, path).toBe(403)
    }
  })

  it('should send a signed test event when an admin asks, and refuse editors', async () => {
    const { receiver, endpoint } = await partner([200])
    const path = `/api/webhookEndpoints/${endpoint.id}/test-event`
    const editor = await bearer(users.editor.email)
    expect((await rest(path, { method: 'POST', headers: editor })).status).toBe(403)
    const admin = await bearer(users.admin.email)
    expect((await rest(path, { method: 'POST', headers: admin })).status).toBe(202)
    expect(await untilSettled(endpoint)).toBe(true)

    const [post] = receiver.received
    expect(envelopesOf(receiver).map((envelope) => envelope.type)).toEqual(['webhook.test'])
    const header = String(post?.headers['dispatch-signature'])
    expect(isValidSignature(endpoint.secret ?? '', post?.body ?? '', header)).toBe(true)
  })

  it('should not let an admin choose or change the secret', async () => {
    const { endpoint } = await partner([200])
    const updated = await payload.update({
      collection: WEBHOOK_ENDPOINTS,
      id: endpoint.id,
      data: { secret: 'whsec_chosen' },
      user: users.admin,
      overrideAccess: false,
    })
    expect(updated.secret).toBe(endpoint.secret)
  })
})
