import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MailServer } from '../../scripts/lib/mailpit'
import { startMailpit } from '../../scripts/lib/mailpit'
import { emailAdapter } from '@/platform/email/emailAdapter'
import { toSmtpConfig } from '@/platform/email/smtpConfig'

type MailpitList = { messages: { ID: string; Subject: string; To: { Address: string }[] }[] }
type MailpitMessage = { HTML: string; From: { Address: string; Name: string } }

/** Enough of Payload for an email adapter: its logger. */
const logged: string[] = []
const payloadStub = {
  logger: { info: ({ msg }: { msg: string }) => logged.push(msg) },
} as unknown as Payload

let mail: MailServer

beforeAll(async () => {
  mail = await startMailpit({ smtp: 24_125, http: 24_126 })
})
afterAll(() => mail.stop())

describe('email through a real SMTP server', () => {
  it('should deliver through SMTP with the configured sender and sign-in', async () => {
    const smtp = toSmtpConfig({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: mail.smtpPort,
      SMTP_USER: 'newsroom',
      SMTP_PASSWORD: 'smtp-password',
      SMTP_FROM: 'desk@news.example',
      SMTP_FROM_NAME: 'The Desk',
    })
    const adapter = await emailAdapter(smtp, { logLinks: false })
    const email = adapter({ payload: payloadStub })
    await email.sendEmail({
      from: `"${email.defaultFromName}" <${email.defaultFromAddress}>`,
      to: 'reporter@news.example',
      subject: 'A test of the newsroom mail',
      html: '<p><a href="http://localhost:3000/admin/reset/abc">reset</a></p>',
    })

    const list = (await (await fetch(`${mail.apiURL}/api/v1/messages`)).json()) as MailpitList
    const received = list.messages.find(
      (message) => message.Subject === 'A test of the newsroom mail',
    )
    expect(received?.To.map((to) => to.Address)).toEqual(['reporter@news.example'])
    const message = (await (
      await fetch(`${mail.apiURL}/api/v1/message/${received?.ID}`)
    ).json()) as MailpitMessage
    expect(message.From).toMatchObject({ Address: 'desk@news.example', Name: 'The Desk' })
    expect(message.HTML).toContain('http://localhost:3000/admin/reset/abc')
  })

  it('should write to the log instead, saying so once, when no SMTP server is set', async () => {
    logged.length = 0
    const email = (await emailAdapter(null, { logLinks: true }))({ payload: payloadStub })
    await email.sendEmail({
      to: 'a@news.example',
      subject: 'One',
      html: '<a href="http://x/1">x</a>',
    })
    await email.sendEmail({ to: 'b@news.example', subject: 'Two', html: '<p>two</p>' })
    expect(logged.filter((line) => line.includes('SMTP_HOST is unset'))).toHaveLength(1)
    expect(logged.filter((line) => line.startsWith('Email not sent'))).toEqual([
      'Email not sent (no SMTP_HOST) to a@news.example: One',
      'Email not sent (no SMTP_HOST) to b@news.example: Two',
    ])
  })
})
