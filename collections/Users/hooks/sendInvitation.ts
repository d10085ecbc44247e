import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { USERS } from '@collections/slugs'

import { accountEmailHtml } from '../email/accountEmail'
import { resetPasswordLink } from '../email/resetPasswordLink'

/** Long enough for someone to come back from leave; the link still works only once. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/**
 * When an admin adds someone, that person gets an email with a link to choose their own password
 * (Payload's reset token, so the admin never has to pass a password on). The first admin, created
 * at start-up with no one signed in, gets none. A mail server that fails does not undo the account:
 * it is logged, and the admin can send a reset from the sign-in page.
 */
export const sendInvitation: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user || !doc.email) return doc
  const token = randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection: USERS,
    id: doc.id,
    data: {
      resetPasswordToken: token,
      resetPasswordExpiration: new Date(Date.now() + INVITATION_LIFETIME_MS).toISOString(),
    },
    req,
  })
  try {
    await req.payload.sendEmail({
      to: doc.email,
      subject: 'Welcome to the Dispatch newsroom',
      html: accountEmailHtml({
        greeting: `Hello ${doc.name},`,
        paragraphs: [
          `${req.user.name ?? 'An administrator'} has given you an account on Dispatch, the newsroom's publishing system. Your sign-in is ${doc.email}.`,
          'Choose your password with the link below; it works once, within 7 days.',
        ],
        link: { href: resetPasswordLink(token), label: 'Choose your password' },
        closing: 'If you did not expect this, you can ignore this email.',
      }),
    })
  } catch (err) {
    req.payload.logger.error({ msg: `Could not send the invitation to ${doc.email}`, err })
  }
  return doc
}
