import type { Config } from 'payload'

import { canPublish, isAdmin } from '@/people/roles'

/**
 * Payload's jobs queue carries scheduled publish and unpublish (its `schedulePublish` task,
 * added because articles turn on `schedulePublish`). Due jobs run through `/api/cron/jobs`,
 * driven by `startJobsTicker` in the server or by an outside cron; see `runDueJobs`.
 */
export const jobs: NonNullable<Config['jobs']> = {
  access: {
    queue: ({ req }) => canPublish(req.user),
    cancel: ({ req }) => canPublish(req.user),
    run: ({ req }) => isAdmin(req.user),
  },
  // Finished jobs are history nobody reads; the versions keep who published what.
  deleteJobOnComplete: true,
}
