import type { CollectionBeforeOperationHook } from 'payload'

import type { USERS } from '@collections/slugs'

/**
 * How long every forgot-password request waits before Payload looks the email up. For an unknown
 * email (or one asked for in the last 15 s) Payload answers at once; for a real account it stores
 * a token and sends the mail, which took far longer than the lookup. A wait of this size for all
 * makes that difference a small part of every answer. A slow mail server still adds its own time:
 * see docs/security.md, "Sign-in".
 */
export const FORGOT_PASSWORD_DELAY_MS = 500

export const delayForgotPassword: CollectionBeforeOperationHook<typeof USERS> = async ({
  args,
  operation,
}) => {
  if (operation === 'forgotPassword') {
    await new Promise((resolve) => setTimeout(resolve, FORGOT_PASSWORD_DELAY_MS))
  }
  return args
}
