import { checkReadiness } from '@/platform/health/readiness'
import { payload } from '@/platform/payload'

export const dynamic = 'force-dynamic'

/**
 * Readiness: 200 when every dependency answers, 503 naming the ones that do not, so a load balancer
 * or the edge takes this instance out of rotation until they are back.
 */
async function ready(): Promise<Response> {
  const readiness = await checkReadiness(await payload())
  return Response.json(
    { status: readiness.ready ? 'ready' : 'unavailable', checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}

export const GET = ready
export const HEAD = ready
