import { openApiHandler } from '@/content-api/handlers/reference'
import { contentApiRoute } from '@/content-api/http/route'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute({
  GET: openApiHandler,
})
