import { describe, expect, it } from 'vitest'

import type { EnvSource } from '@/platform/env'
import { EnvError, parseEnv } from '@/platform/env'

const secret = { PAYLOAD_SECRET: 'a-secret-for-this-test' }

const problemsOf = (source: EnvSource): string[] => {
  try {
    parseEnv({ ...secret, ...source })
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('email settings', () => {
  it('should write email to the log when SMTP_HOST is unset', () => {
    expect(parseEnv(secret).smtp).toBeNull()
  })

  it('should read the SMTP server, its sign-in and the sender from SMTP_* variables', () => {
    const env = parseEnv({
      ...secret,
      SMTP_HOST: 'smtp.example',
      SMTP_PORT: '2525',
      SMTP_USER: 'newsroom',
      SMTP_PASSWORD: 'smtp-password',
      SMTP_FROM: 'desk@news.example',
      SMTP_FROM_NAME: 'The Desk',
    })
    expect(env.smtp).toEqual({
      host: 'smtp.example',
      port: 2525,
      secure: false,
      auth: { user: 'newsroom', pass: 'smtp-password' },
      from: { address: 'desk@news.example', name: 'The Desk' },
    })
  })

  it('should use TLS from the start on port 465 and STARTTLS on 587 by default', () => {
    expect(parseEnv({ ...secret, SMTP_HOST: 'smtp.example', SMTP_PORT: '465' }).smtp?.secure).toBe(
      true,
    )
    expect(parseEnv({ ...secret, SMTP_HOST: 'smtp.example' }).smtp).toMatchObject({
      port: 587,
      secure: false,
      auth: null,
    })
  })

  it('should refuse a user without a password, a bad port and a bad sender, naming each', () => {
    expect(problemsOf({ SMTP_HOST: 'smtp.example', SMTP_USER: 'newsroom' })).toEqual([
      'SMTP_PASSWORD: must be set together with SMTP_USER',
    ])
    expect(problemsOf({ SMTP_HOST: 'smtp.example', SMTP_PORT: '70000' })).toEqual([
      'SMTP_PORT: must be between 1 and 65535',
    ])
    expect(problemsOf({ SMTP_HOST: 'smtp.example', SMTP_FROM: 'not an address' })).toEqual([
      'SMTP_FROM: must be an email address',
    ])
    expect(problemsOf({ SMTP_PORT: '25' })).toEqual([
      'SMTP_HOST: must be set when other SMTP_ variables are',
    ])
  })
})
