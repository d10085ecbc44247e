import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** Everything that changes what `next build` produces. */
const INPUTS = [
  'app',
  'src',
  'collections',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'instrumentation.ts',
  'tsconfig.json',
  'package-lock.json',
]

function* filesUnder(target: string): Generator<string> {
  if (!existsSync(target)) return
  if (statSync(target).isFile()) {
    yield target
    return
  }
  for (const entry of readdirSync(target).sort()) yield* filesUnder(path.join(target, entry))
}

function sourceFingerprint(): string {
  const hash = createHash('sha256')
  hash.update(process.env.NEXT_OUTPUT ?? '')
  for (const input of INPUTS) {
    for (const file of filesUnder(path.join(root, input))) {
      hash.update(path.relative(root, file))
      hash.update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

const stampFile = path.join(root, '.next', 'dispatch-build-fingerprint')

/**
 * Builds the production site unless the last build came from exactly these sources, so
 * `npm start` is quick after the first run and never serves a stale build.
 */
export function buildIfStale(): boolean {
  const fingerprint = sourceFingerprint()
  const isFresh =
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === fingerprint
  if (isFresh) return true

  console.log('Building the site for production (about a minute on the first run)…')
  const started = Date.now()
  const result = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('The production build failed; see the messages above.')
    return false
  }
  writeFileSync(stampFile, fingerprint)
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  return true
}
