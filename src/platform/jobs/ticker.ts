import type { Payload } from 'payload'

import { env } from '@/platform/env'

import { internalJobsToken } from './cronAuth'

export const JOBS_ROUTE = '/api/cron/jobs'

let ticker: NodeJS.Timeout | undefined

/**
 * Runs due jobs from inside the server every `JOBS_INTERVAL_SECONDS`. It does not call
 * `payload.jobs.run` itself (as Payload's `jobs.autoRun` would): a timer has no Next.js request,
 * and outside one `revalidateTag` cannot clear the cached pages a scheduled publish changes. So
 * it calls this server's own jobs route, where the run happens inside a request.
 */
export function startJobsTicker(payload: Payload): void {
  const isServer = process.env.NEXT_RUNTIME === 'nodejs'
  const isBuild = process.env.NEXT_PHASE === 'phase-production-build'
  if (!isServer || isBuild || ticker || env.jobsIntervalSeconds === 0) return

  const url = `http://127.0.0.1:${env.port}${JOBS_ROUTE}`
  const headers = { Authorization: `Bearer ${internalJobsToken()}` }
  let isRunning = false
  ticker = setInterval(async () => {
    if (isRunning) return
    isRunning = true
    try {
      const response = await fetch(url, { method: 'POST', headers })
      if (!response.ok) {
        payload.logger.warn({ msg: `Jobs run answered ${response.status}`, url })
      }
    } catch (err) {
      payload.logger.warn({ msg: 'Could not reach the jobs route', url, err })
    } finally {
      isRunning = false
    }
  }, env.jobsIntervalSeconds * 1000)
  ticker.unref()
  payload.logger.info({
    msg: `Scheduled publishing: due jobs run every ${env.jobsIntervalSeconds} s`,
  })
}
