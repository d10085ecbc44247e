/**
 * `npm test`: everything a change must pass, on both databases. `npm run test:mongo`
 * (`--mongodb-only`) runs just the build and the two suites on the MongoDB-protocol server.
 *   lint → types → integration (SQLite) → production build → end-to-end (SQLite)
 *   → integration (MongoDB protocol) → end-to-end (MongoDB protocol)
 * Every step runs even when an earlier one failed (except what needs the build), so one run shows
 * everything that is wrong. It ends with the time of each step and one line of test counts.
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { buildIfStale } from './lib/build'
import { ensureChromium } from './lib/chromium'
import { ensureMailpit } from './lib/mailpit'
import { ensurePythonTools } from './lib/pythonTools'
import type { StepResult } from './lib/steps'
import { run, skipped } from './lib/steps'
import type { Counts } from './lib/testCounts'
import { add, noTests, playwrightCounts, vitestCounts } from './lib/testCounts'
import { startMongoServer } from './mongo-server'

const root = path.resolve(import.meta.dirname, '..')
const reports = path.join(root, 'test-results', 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

ensureChromium()
// Schemathesis and feedparser, which the end-to-end suite runs against the site.
ensurePythonTools()
// Mailpit, the SMTP server the end-to-end suite sends email to.
ensureMailpit()

const results: StepResult[] = []
let counts: Counts = noTests()

async function integration(label: string, env: Record<string, string> = {}) {
  const report = path.join(reports, `vitest-${label}.json`)
  results.push(
    await run(
      `integration (${label})`,
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      env,
    ),
  )
  counts = add(counts, vitestCounts(report, `integration (${label})`))
}

async function endToEnd(label: string, env: Record<string, string> = {}) {
  const report = path.join(reports, `playwright-${label}.json`)
  results.push(
    await run(`end-to-end (${label})`, 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      ...env,
    }),
  )
  counts = add(counts, playwrightCounts(report, `end-to-end (${label})`))
}

const isMongoOnly = process.argv.includes('--mongodb-only')

if (!isMongoOnly) {
  results.push(await run('lint', 'npx', ['eslint', '.']))
  results.push(await run('format', 'npx', ['prettier', '--check', '.']))
  results.push(await run('types', 'npx', ['tsc', '--noEmit']))
  await integration('sqlite')
}

const buildStarted = Date.now()
const isBuilt = buildIfStale()
results.push({ name: 'production build', ok: isBuilt, seconds: (Date.now() - buildStarted) / 1000 })

if (!isMongoOnly) {
  if (isBuilt) await endToEnd('sqlite')
  else results.push(skipped('end-to-end (sqlite)'))
}

const mongo = await startMongoServer({ dbName: 'dispatch_test' })
try {
  await integration('mongodb', { DATABASE_URI: mongo.uri })
  if (isBuilt)
    await endToEnd('mongodb', { DATABASE_URI: mongo.uri.replace(/dispatch_test/, 'dispatch_e2e') })
  else results.push(skipped('end-to-end (mongodb)'))
} finally {
  await mongo.stop()
}

console.log('\n━━ summary')
for (const step of results) {
  const status = step.skipped ? 'skipped' : step.ok ? 'ok' : 'FAILED'
  console.log(
    `  ${step.name.padEnd(26)} ${status.padEnd(8)} ${step.seconds.toFixed(1).padStart(6)} s`,
  )
}
const failedSteps = results.filter((step) => !step.ok)
if (counts.failures.length > 0) {
  console.log('failed tests:')
  for (const failure of counts.failures) console.log(`  ${failure.slice(0, 300)}`)
}
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failedSteps.length === 0 ? 0 : 1)
