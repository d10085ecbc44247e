import { notFound } from '../http/ApiError'

export async function unknownPath(request: Request): Promise<never> {
  const { pathname } = new URL(request.url)
  throw notFound(`There is no endpoint at ${pathname}. See /api/v1/docs.`)
}
