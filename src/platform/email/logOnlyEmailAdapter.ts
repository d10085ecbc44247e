import type { EmailAdapter } from 'payload'

import { DEFAULT_FROM } from './smtpConfig'

/** The text of an HTML email for the log: tags dropped, links kept as their addresses. */
function toLogText(html: string): string {
  return html
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>[\s\S]*?<\/a>/gi, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

function recipients(to: unknown): string {
  const list = Array.isArray(to) ? to : [to]
  return list
    .map((entry) =>
      entry && typeof entry === 'object' && 'address' in entry
        ? String(entry.address)
        : String(entry),
    )
    .join(', ')
}

/**
 * Without SMTP_HOST nothing is sent: each email is written to the log instead, with its links only
 * where `logLinks` is on (the embedded demo), since a reset link in a production log would let
 * whoever reads the log into the account.
 */
export function logOnlyEmailAdapter({ logLinks }: { logLinks: boolean }): EmailAdapter {
  return ({ payload }) => {
    payload.logger.info({
      msg: 'Email is not configured (SMTP_HOST is unset): emails are written to this log, not sent.',
    })
    return {
      name: 'log-only',
      defaultFromAddress: DEFAULT_FROM.address,
      defaultFromName: DEFAULT_FROM.name,
      sendEmail: async (message) => {
        const html = typeof message.html === 'string' ? message.html : ''
        payload.logger.info({
          msg: `Email not sent (no SMTP_HOST) to ${recipients(message.to)}: ${message.subject ?? ''}`,
          ...(logLinks ? { text: toLogText(html) } : {}),
        })
      },
    }
  }
}
