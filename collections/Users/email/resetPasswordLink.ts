import { env } from '@/platform/env'

/** The admin's page where a token from an email sets a new password, on the public address. */
export const resetPasswordLink = (token: string): string =>
  `${env.serverUrl}/admin/reset/${encodeURIComponent(token)}`
