import { recordViewHandler } from '@/content-api/handlers/view'
import { contentApiRoute } from '@/content-api/http/route'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute<{ id: string }>({
  POST: recordViewHandler,
})
