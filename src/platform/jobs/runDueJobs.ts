import type { Payload } from 'payload'

/** At most this many jobs a run: a scheduled minute rarely holds more. */
const JOBS_PER_RUN = 50

export type JobsRunSummary = { ran: number; failed: number }

/**
 * Runs every queued job whose time has come (scheduled publish and unpublish). Called from a
 * route handler, so the hooks it triggers clear cache tags inside a request, as they must.
 */
export async function runDueJobs(payload: Payload): Promise<JobsRunSummary> {
  // Scheduled publishing (the default queue) first, so no other queue's backlog delays a story.
  const scheduled = await payload.jobs.run({ queue: 'default', limit: JOBS_PER_RUN })
  const others = await payload.jobs.run({ allQueues: true, limit: JOBS_PER_RUN })
  const outcomes = [
    ...Object.values(scheduled.jobStatus ?? {}),
    ...Object.values(others.jobStatus ?? {}),
  ]
  return {
    ran: outcomes.length,
    failed: outcomes.filter((outcome) => outcome.status !== 'success').length,
  }
}
