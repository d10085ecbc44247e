import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { APIResponse } from '@playwright/test'
import { expect } from '@playwright/test'
import fc from 'fast-check'

/**
 * Shared by the hostile-input specs: one fixed seed (FUZZ_SEED overrides it to replay or explore;
 * fast-check prints the seed and the failing input on failure), and a count of the requests fired
 * at each target, written to test-results/fuzz/ for the report.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126)

/** Runs `property` `numRuns` times from the fixed seed; stops at the first failure, unshrunk. */
export async function fuzz<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  check: (value: T) => Promise<void>,
): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, check), {
    seed: FUZZ_SEED,
    numRuns,
    // Shrinking replays requests against a live server; the first counterexample is enough.
    endOnFailure: true,
  })
}

let fired = 0

/**
 * A fresh documentation-range address for each request (read from X-Forwarded-For, as behind a
 * proxy): the fuzz is about what a request does, not how many one address may send, and the
 * other specs keep their allowances.
 */
export function nextAddress(): string {
  fired += 1
  return `198.19.${(fired >> 8) & 255}.${fired & 255}`
}

const database = process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite'
const countsFile = path.join(import.meta.dirname, `../../test-results/fuzz/${database}.json`)

/** Adds `requests` to the tally of `target` in test-results/fuzz/<database>.json. */
export function recordRequests(target: string, requests: number): void {
  mkdirSync(path.dirname(countsFile), { recursive: true })
  let counts: Record<string, number> = {}
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'))
  } catch {
    // The first target of this run starts the file.
  }
  counts[target] = requests
  counts.total = Object.entries(counts)
    .filter(([name]) => name !== 'total')
    .reduce((sum, [, count]) => sum + count, 0)
  writeFileSync(countsFile, JSON.stringify(counts, null, 2) + '\n')
  console.log(`fuzz ${target}: ${requests} requests (seed ${FUZZ_SEED})`)
}

type ErrorBody = { errors?: { message?: unknown }[]; error?: { code?: unknown; message?: unknown } }

/** The human message of a JSON error in Payload's shape or the content API's, or null. */
export function errorMessage(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null
  const { errors, error } = body as ErrorBody
  const message = error?.message ?? errors?.[0]?.message
  return typeof message === 'string' && message.trim() !== '' ? message : null
}

/** Never a 5xx; a 4xx is JSON carrying a message a person can read. */
export async function expectCleanApiAnswer(response: APIResponse, what: string): Promise<void> {
  const status = response.status()
  const text = await response.text()
  expect(status, `${what} → ${status}: ${text.slice(0, 300)}`).toBeLessThan(500)
  if (status < 400) return
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: errorMessage(null) fails the expectation below with the body in the message.
  }
  expect(
    errorMessage(body),
    `${what} → ${status} without a JSON message: ${text.slice(0, 300)}`,
  ).not.toBeNull()
}

/** Strings that have broken parsers before: control characters, odd Unicode, operators, huge. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%ZZ',
    '%00',
    '\u0000',
    '[',
    ']',
    '[]',
    '{}',
    '{"$gt":""}',
    '$where',
    '$ne',
    '__proto__',
    'constructor',
    'prototype',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '9007199254740993',
    '0x10',
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '507f1f77bcf86cd799439011',
    'ffffffffffffffffffffffff',
    '<script>alert(1)</script>',
    '\uD800',
    '🚀',
    'a'.repeat(5000),
  ),
)
