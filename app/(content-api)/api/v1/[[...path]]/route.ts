import { unknownPath } from '@/content-api/handlers/unknownPath'
import { contentApiRoute } from '@/content-api/http/route'

/** Anything else under /api/v1 (and /api/v1 itself) answers in the content API's shape, not Payload's. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute<{
  path?: string[]
}>({
  GET: unknownPath,
  POST: unknownPath,
})
