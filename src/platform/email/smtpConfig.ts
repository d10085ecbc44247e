import { z } from 'zod'

/** The outgoing mail server, from the SMTP_* variables. */
export type SmtpConfig = {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean
  auth: { user: string; pass: string } | null
  from: { address: string; name: string }
}

export const DEFAULT_FROM = { address: 'newsroom@dispatch.example', name: 'Dispatch' } as const

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value))

/** Merged into the environment schema (src/platform/env.ts). */
export const smtpVariables = {
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .optional(),
  SMTP_SECURE: boolean.optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.email('must be an email address').optional(),
  SMTP_FROM_NAME: z.string().trim().min(1).max(100).optional(),
}

type SmtpVariables = {
  SMTP_HOST?: string
  SMTP_PORT?: number
  SMTP_SECURE?: boolean
  SMTP_USER?: string
  SMTP_PASSWORD?: string
  SMTP_FROM?: string
  SMTP_FROM_NAME?: string
}

/** A problem with the SMTP_* variables together, in the "NAME: problem" form of env errors. */
export function smtpProblem(vars: SmtpVariables): string | null {
  if (Boolean(vars.SMTP_USER) !== Boolean(vars.SMTP_PASSWORD)) {
    return `${vars.SMTP_USER ? 'SMTP_PASSWORD' : 'SMTP_USER'}: must be set together with ${vars.SMTP_USER ? 'SMTP_USER' : 'SMTP_PASSWORD'}`
  }
  if (!vars.SMTP_HOST && (vars.SMTP_PORT || vars.SMTP_USER || vars.SMTP_SECURE !== undefined)) {
    return 'SMTP_HOST: must be set when other SMTP_ variables are'
  }
  return null
}

export function toSmtpConfig(vars: SmtpVariables): SmtpConfig | null {
  if (!vars.SMTP_HOST) return null
  const port = vars.SMTP_PORT ?? 587
  return {
    host: vars.SMTP_HOST,
    port,
    secure: vars.SMTP_SECURE ?? port === 465,
    auth:
      vars.SMTP_USER && vars.SMTP_PASSWORD
        ? { user: vars.SMTP_USER, pass: vars.SMTP_PASSWORD }
        : null,
    from: {
      address: vars.SMTP_FROM ?? DEFAULT_FROM.address,
      name: vars.SMTP_FROM_NAME ?? DEFAULT_FROM.name,
    },
  }
}
