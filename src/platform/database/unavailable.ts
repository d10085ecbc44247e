/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5

const MONGO_UNREACHABLE =
  /^Mongo(ose)?(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared)Error$/
const SQLITE_UNREACHABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|FULL)/

/**
 * True when an error means the database cannot be reached or written right now (a server that
 * is down, a file that is locked or on a failed disk), as opposed to a bad query: callers answer
 * 503 with Retry-After instead of 500. Payload and Drizzle wrap driver errors, so the whole
 * `cause` chain is checked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current = error
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current)
    const code = (current as { code?: unknown }).code
    if (MONGO_UNREACHABLE.test(current.name)) return true
    if (typeof code === 'string' && SQLITE_UNREACHABLE.test(code)) return true
    current = current.cause
  }
  return false
}
