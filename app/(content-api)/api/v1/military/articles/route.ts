import { listArticles } from '@/content-api/handlers/articles'
import { contentApiRoute } from '@/content-api/http/route'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute({
  GET: listArticles,
})
