import { CONTENT_API_ROUTES } from '@/content-api/routes/table'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } =
  CONTENT_API_ROUTES.articleEntries.exports()
