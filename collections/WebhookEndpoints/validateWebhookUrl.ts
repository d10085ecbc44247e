import type { TextFieldSingleValidation } from 'payload'

import { env } from '@/platform/env'
import { checkDestination } from '@/webhooks/destination/checkDestination'

/** Refuses non-http(s) URLs and hosts that are not on the public internet (SSRF), at registration. */
export const validateWebhookUrl: TextFieldSingleValidation = async (value) => {
  if (!value) return 'A URL is required.'
  const check = await checkDestination(value, { allowPrivate: env.webhooks.allowPrivate })
  return check.isAllowed ? true : `The URL ${check.reason}.`
}
