import type { FieldHook } from 'payload'

import { newWebhookSecret } from '@/webhooks/delivery/signature'

/** Every endpoint gets its own secret on create; nobody can choose or change it afterwards. */
export const generateSecret: FieldHook = ({ operation, value, originalDoc }) =>
  operation === 'create' ? newWebhookSecret() : (originalDoc?.secret ?? value)
