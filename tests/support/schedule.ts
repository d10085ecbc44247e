import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { ARTICLES, USERS } from '@collections/slugs'
import type { User } from '@/payload-types'

/** Queues what the admin's "Schedule publish" drawer queues, for the given user and time. */
export async function schedule(
  payload: Payload,
  {
    articleId,
    user,
    at,
    type = 'publish',
    overrideAccess = true,
  }: {
    articleId: string
    user: User
    at: Date
    type?: 'publish' | 'unpublish'
    overrideAccess?: boolean
  },
) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: ARTICLES, value: articleId },
      user: { relationTo: USERS, value: user.id },
    },
    waitUntil: at,
    overrideAccess,
    req: await createLocalReq({ user: { ...user, collection: USERS } }, payload),
  })
}
