import type { Payload, PayloadRequest } from 'payload'

import { payload as localPayload } from '@/platform/payload'

import { queueWebhookEvent } from './queueEvent'

type ArticleRef = { id: string; slug: string }

/** Inside a hook, the save's own Payload and transaction; elsewhere the server's Local API. */
const payloadOf = async (req?: PayloadRequest): Promise<Payload> =>
  req?.payload ?? (await localPayload())

/** Called by live coverage once an entry becomes public on a published live story. */
export const announceLiveEntry = async (
  article: ArticleRef,
  liveEntry: { id: string },
  req?: PayloadRequest,
) => queueWebhookEvent(await payloadOf(req), { type: 'live_entry.added', article, liveEntry }, req)
