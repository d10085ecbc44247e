import type { IncomingAuthType } from 'payload'

import { accountEmailHtml } from './accountEmail'
import { resetPasswordLink } from './resetPasswordLink'

type ForgotPassword = NonNullable<IncomingAuthType['forgotPassword']>

const nameOf = (user: unknown): string =>
  user && typeof user === 'object' && 'name' in user && typeof user.name === 'string'
    ? user.name
    : 'there'

export const resetPasswordSubject: NonNullable<ForgotPassword['generateEmailSubject']> = () =>
  'Reset your Dispatch password'

/** Payload's reset email, with the link on SERVER_URL whatever address the request came to. */
export const resetPasswordHtml: NonNullable<ForgotPassword['generateEmailHTML']> = (args) =>
  accountEmailHtml({
    greeting: `Hello ${nameOf(args?.user)},`,
    paragraphs: [
      'Someone asked to reset the password of your Dispatch newsroom account. The link below lets you choose a new one; it works once, for one hour.',
    ],
    link: { href: resetPasswordLink(args?.token ?? ''), label: 'Choose a new password' },
    closing: 'If you did not ask for this, ignore this email: your password stays as it is.',
  })
