import { isAuthorizedJobsCall } from '@/platform/jobs/cronAuth'
import { runDueJobs } from '@/platform/jobs/runDueJobs'
import { payload } from '@/platform/payload'

export const dynamic = 'force-dynamic'

/**
 * Runs due jobs (scheduled publish and unpublish). Called by this server's own ticker every few
 * seconds, or by an outside cron with `Authorization: Bearer $CRON_SECRET` where no process stays
 * up. Running inside a request lets the publish clear the cached pages it changes.
 */
async function runJobs(request: Request): Promise<Response> {
  if (!isAuthorizedJobsCall(request.headers.get('authorization'))) {
    return Response.json(
      { error: { code: 'unauthorized', message: 'Send Authorization: Bearer <CRON_SECRET>.' } },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const summary = await runDueJobs(await payload())
  return Response.json(summary, { headers: { 'Cache-Control': 'no-store' } })
}

export const GET = runJobs
export const POST = runJobs
