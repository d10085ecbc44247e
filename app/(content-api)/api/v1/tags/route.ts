import { listTagsHandler } from '@/content-api/handlers/tags'
import { contentApiRoute } from '@/content-api/http/route'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute({
  GET: listTagsHandler,
})
