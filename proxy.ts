import { env } from '@/env'
import { createApiGuard } from '@/rateLimit/apiGuard'

/** Next.js runs this before every /api request: per-address rate limits (see src/rateLimit). */
export const proxy = createApiGuard(env.rateLimits)

export const config = {
  matcher: '/api/:path*',
}
