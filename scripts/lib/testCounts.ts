import { existsSync, readFileSync } from 'node:fs'

/** Test counts, plus one line per failed test: CI keeps only the tail of the log, so the summary names them. */
export type Counts = { passed: number; failed: number; skipped: number; failures: string[] }

export const noTests = (): Counts => ({ passed: 0, failed: 0, skipped: 0, failures: [] })

export const add = (a: Counts, b: Counts): Counts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
  failures: [...a.failures, ...b.failures],
})

const firstLine = (message: string | undefined) =>
  // Reports colour their messages; the summary is plain text.
  (message ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((line) => line.trim()) ?? ''

/** Vitest's JSON report (`--reporter=json`). */
export function vitestCounts(file: string, label: string): Counts {
  if (!existsSync(file)) return noTests()
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
    testResults: {
      name: string
      message?: string
      status: string
      assertionResults: { fullName: string; status: string; failureMessages: string[] }[]
    }[]
  }
  const failures = report.testResults.flatMap((testFile) => {
    const failed = testFile.assertionResults.filter((test) => test.status === 'failed')
    if (failed.length === 0 && testFile.status === 'failed')
      return [`${label}: ${testFile.name}: ${firstLine(testFile.message)}`]
    return failed.map(
      (test) =>
        `${label}: ${testFile.name} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`,
    )
  })
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  }
}

type PlaywrightSuite = {
  file?: string
  suites?: PlaywrightSuite[]
  specs?: {
    title: string
    file: string
    line: number
    ok: boolean
    tests: { results: { error?: { message?: string } }[] }[]
  }[]
}

/** Playwright's JSON report (`--reporter=json`). */
export function playwrightCounts(file: string, label: string): Counts {
  if (!existsSync(file)) return noTests()
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
    suites: PlaywrightSuite[]
    errors?: { message?: string }[]
  }
  const failures: string[] = (report.errors ?? []).map(
    (error) => `${label}: ${firstLine(error.message)}`,
  )
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue
      const error = spec.tests.flatMap((test) => test.results).find((result) => result.error)
      failures.push(
        `${label}: ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error?.error?.message)}`,
      )
    }
    suite.suites?.forEach(walk)
  }
  report.suites.forEach(walk)
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    failures,
  }
}
