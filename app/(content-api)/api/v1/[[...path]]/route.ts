import { CONTENT_API_ROUTES } from '@/content-api/routes/table'

/** Anything else under /api/v1 (and /api/v1 itself) answers in the content API's shape, not Payload's. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } =
  CONTENT_API_ROUTES.unknownPath.exports()
