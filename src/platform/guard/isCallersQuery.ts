import type { PayloadRequest } from 'payload'

/**
 * Whether an operation's arguments came from the caller over REST or GraphQL. Reads made on the
 * caller's request by our hooks (`overrideAccess: true`) and by Payload's own relationship
 * population (`disableErrors`, `currentDepth`: a batched `id in [...]` with pagination off) keep
 * `payloadAPI` as it was; neither REST's handlers nor GraphQL's resolvers ever pass those.
 */
export function isCallersQuery(req: PayloadRequest, args: object): boolean {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return false
  // The admin's pages render with the editor's request too, and Payload's list view reads all of
  // a page's published versions (`limit: 0`) on it: only requests to /api carry a caller's query.
  if (!isApiRequest(req)) return false
  const internal = args as {
    overrideAccess?: unknown
    disableErrors?: unknown
    currentDepth?: unknown
  }
  return !(
    internal.overrideAccess === true ||
    internal.disableErrors === true ||
    internal.currentDepth !== undefined
  )
}

function isApiRequest(req: PayloadRequest): boolean {
  try {
    return new URL(req.url ?? '', 'http://localhost').pathname.startsWith('/api/')
  } catch {
    return false
  }
}
