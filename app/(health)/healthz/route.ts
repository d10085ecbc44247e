export const dynamic = 'force-dynamic'

/**
 * Liveness: the process is up and answering. It checks nothing else, so an orchestrator restarts
 * an instance only when the process itself is stuck, never because the database is away.
 */
function alive(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}

export const GET = alive
export const HEAD = alive
