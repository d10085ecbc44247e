import { expect } from '@playwright/test'

import { E2E } from './settings'

export type ReceivedEmail = { subject: string; html: string; text: string; from: string }

type MailpitSearch = { messages: { ID: string }[] }
type MailpitMessage = { Subject: string; HTML: string; Text: string; From: { Address: string } }

/** The newest email Mailpit received for `address`, waiting until one has arrived. */
export async function emailTo(address: string, subject: RegExp): Promise<ReceivedEmail> {
  let found: ReceivedEmail | null = null
  await expect
    .poll(
      async () => {
        const query = encodeURIComponent(`to:"${address}"`)
        const search = (await (
          await fetch(`${E2E.mail.apiURL}/api/v1/search?query=${query}`)
        ).json()) as MailpitSearch
        for (const { ID } of search.messages) {
          const message = (await (
            await fetch(`${E2E.mail.apiURL}/api/v1/message/${ID}`)
          ).json()) as MailpitMessage
          if (subject.test(message.Subject)) {
            found = {
              subject: message.Subject,
              html: message.HTML,
              text: message.Text,
              from: message.From.Address,
            }
            return true
          }
        }
        return false
      },
      { message: `an email to ${address} matching ${subject}`, timeout: 15_000 },
    )
    .toBe(true)
  if (!found) throw new Error('unreachable: the poll above found the email')
  return found
}

/** The first link in an email's HTML that leads into the admin's password page. */
export function resetLinkIn(email: ReceivedEmail): string {
  const match = /href="([^"]*\/admin\/reset\/[^"]+)"/.exec(email.html)
  if (!match?.[1]) throw new Error(`no reset link in: ${email.html}`)
  return match[1].replace(/&amp;/g, '&')
}
