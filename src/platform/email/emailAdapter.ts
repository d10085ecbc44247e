import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { logOnlyEmailAdapter } from './logOnlyEmailAdapter'
import type { SmtpConfig } from './smtpConfig'

/**
 * Payload's email: through the SMTP server when SMTP_HOST is set, otherwise into the log, so the
 * demo runs with no mail server and still shows what it would have sent.
 */
export function emailAdapter(
  smtp: SmtpConfig | null,
  options: { logLinks: boolean },
): EmailAdapter | Promise<EmailAdapter> {
  if (!smtp) return logOnlyEmailAdapter(options)
  return nodemailerAdapter({
    defaultFromAddress: smtp.from.address,
    defaultFromName: smtp.from.name,
    // Verifying would hold up the start on an unreachable mail server; a failed send is logged.
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.auth ? { auth: smtp.auth } : {}),
      // Never hang a password reset on a mail server that does not answer.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  })
}
