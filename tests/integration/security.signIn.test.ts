import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'
import {
  FAILURES_PER_ACCOUNT,
  FAILURES_PER_ACCOUNT_AND_ADDRESS,
  UNDER_ATTACK_DELAY_MS,
  takeSignInAttempt,
} from '@collections/Users/hooks/limitFailedSignIns'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const PASSWORD = 'correct-horse-battery'

const { fixtures } = await setupNewsroom()

/** Through Payload's REST route as server.ts hands the request on, from `address`. */
const from = (address: string) => ({
  login: (email: string, password: string) =>
    rest('/api/users/login', {
      method: 'POST',
      headers: { [CLIENT_ADDRESS_HEADER]: address },
      body: { email, password },
    }),
  forgotPassword: (email: string) =>
    rest('/api/users/forgot-password', {
      method: 'POST',
      headers: { [CLIENT_ADDRESS_HEADER]: address },
      body: { email },
    }),
})

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const timed = async (call: () => Promise<Response>) => {
  const started = performance.now()
  const response = await call()
  const body = await response.text()
  return { status: response.status, body, ms: performance.now() - started }
}

/** Both medians alike: within 15 ms or a quarter of the slower one. */
const expectAlike = (known: number[], unknown: number[]) => {
  const [a, b] = [median(known), median(unknown)]
  expect(Math.abs(a - b), `known ${a.toFixed(1)} ms, unknown ${b.toFixed(1)} ms`).toBeLessThan(
    Math.max(15, 0.25 * Math.max(a, b)),
  )
}

describe('failed sign-ins', () => {
  it('should leave an editor free to sign in elsewhere after 50 failures from one address', async () => {
    const editor = await fixtures.user('editor')
    const attacker = from('198.51.100.50')
    const statuses = new Set<number>()
    for (let attempt = 0; attempt < 50; attempt++) {
      statuses.add((await attacker.login(editor.email, `guess-${attempt}`)).status)
    }
    expect([...statuses].sort()).toEqual([401, 429])
    expect((await from('203.0.113.60').login(editor.email, PASSWORD)).status).toBe(200)
  })

  it(`should refuse an address after ${FAILURES_PER_ACCOUNT_AND_ADDRESS} wrong passwords for one account, even the right one`, async () => {
    const contributor = await fixtures.user('contributor')
    const guesser = from('198.51.100.51')
    for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
      expect((await guesser.login(contributor.email, 'not-the-password')).status).toBe(401)
    }
    const refused = await guesser.login(contributor.email, PASSWORD)
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(/Too many failed sign-ins/)
  })

  it('should give an address its tries back when it signs in', async () => {
    const contributor = await fixtures.user('contributor')
    const desk = from('198.51.100.52')
    for (let round = 0; round < 3; round++) {
      for (let attempt = 1; attempt < FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
        expect((await desk.login(contributor.email, 'typo-in-password')).status).toBe(401)
      }
      expect((await desk.login(contributor.email, PASSWORD)).status).toBe(200)
    }
  })
})

describe('answers that do not tell which emails have accounts', () => {
  it('should answer a sign-in for an unknown email as for a wrong password, in about the same time', async () => {
    const editor = await fixtures.user('editor')
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let attempt = 0; attempt < 15; attempt++) {
      // A fresh address each time, so the failure limit never answers instead.
      const client = from(`198.51.101.${attempt}`)
      const wrong = await timed(() => client.login(editor.email, 'wrong-password-here'))
      const nobody = await timed(() =>
        client.login(`nobody-${attempt}@dispatch.test`, 'wrong-password-here'),
      )
      known.push(wrong.ms)
      unknown.push(nobody.ms)
      answers.add(`${wrong.status} ${wrong.body}`).add(`${nobody.status} ${nobody.body}`)
    }
    expect([...answers]).toHaveLength(1)
    expect([...answers][0]).toMatch(/^401 /)
    expectAlike(known, unknown)
  })

  it('should answer an empty password alike for unknown and real emails, in about the same time', async () => {
    const editor = await fixtures.user('editor')
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let attempt = 0; attempt < 15; attempt++) {
      const client = from(`198.51.103.${attempt}`)
      const real = await timed(() => client.login(editor.email, ''))
      const nobody = await timed(() => client.login(`nobody-empty-${attempt}@dispatch.test`, ''))
      known.push(real.ms)
      unknown.push(nobody.ms)
      answers.add(`${real.status} ${real.body}`).add(`${nobody.status} ${nobody.body}`)
    }
    expect([...answers]).toHaveLength(1)
    expectAlike(known, unknown)
  })

  it('should slow, never refuse, an account guessed at from many addresses', () => {
    const email = `target-${Date.now()}@dispatch.test`
    const addresses = Math.ceil(FAILURES_PER_ACCOUNT / FAILURES_PER_ACCOUNT_AND_ADDRESS)
    for (let n = 0; n < addresses; n++) {
      for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
        takeSignInAttempt(email, `203.0.113.${n}`)
      }
    }
    // Each guessing address is out of tries; the editor, from their own, is let in, after a wait.
    expect(takeSignInAttempt(email, '203.0.113.0').isRefused).toBe(true)
    expect(takeSignInAttempt(email, '192.0.2.200')).toEqual({
      isRefused: false,
      delayMs: UNDER_ATTACK_DELAY_MS,
    })
  })

  it('should answer forgot-password for an unknown email as for a real one, in about the same time', async () => {
    const editor = await fixtures.user('editor')
    const known: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let attempt = 0; attempt < 15; attempt++) {
      const client = from(`198.51.102.${attempt}`)
      const real = await timed(() => client.forgotPassword(editor.email))
      const nobody = await timed(() => client.forgotPassword(`nobody-${attempt}@dispatch.test`))
      known.push(real.ms)
      unknown.push(nobody.ms)
      answers.add(`${real.status} ${real.body}`).add(`${nobody.status} ${nobody.body}`)
    }
    expect([...answers]).toEqual([expect.stringMatching(/^200 /)])
    expectAlike(known, unknown)
  })
})
