import { getAuthor } from '@/content-api/handlers/authors'
import { contentApiRoute } from '@/content-api/http/route'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = contentApiRoute<{ slug: string }>({
  GET: getAuthor,
})
