import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The Python test tools that judge Dispatch from outside: schemathesis fuzzes the content API
 * from its OpenAPI document, feedparser reads the feed as feed readers do. Pinned here, installed
 * once into a virtualenv outside the repo (a fresh clone on the same machine reuses it).
 */
export const PYTHON_TOOLS = { schemathesis: '4.32.5', feedparser: '6.0.14' } as const

const requirements = Object.entries(PYTHON_TOOLS).map(([name, version]) => `${name}==${version}`)
const tag = requirements.join('_').replace(/[^\w.]+/g, '-')

export function pythonToolsDir(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache')
  return path.join(cacheRoot, 'dispatch', `python-tools-${tag}`)
}

/** The virtualenv's own interpreter and the schemathesis command line. */
export const pythonToolsBin = {
  python: () => path.join(pythonToolsDir(), 'bin', 'python'),
  schemathesis: () => path.join(pythonToolsDir(), 'bin', 'schemathesis'),
}

const isInstalled = () =>
  existsSync(pythonToolsBin.schemathesis()) &&
  spawnSync(pythonToolsBin.python(), ['-c', 'import feedparser']).status === 0

/** Creates the virtualenv and installs the pinned tools when they are missing. */
export function ensurePythonTools(): void {
  if (isInstalled()) return
  const dir = pythonToolsDir()
  console.log(`Installing ${requirements.join(', ')} into ${dir} (first run only)…`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', dir]],
    [pythonToolsBin.python(), ['-m', 'pip', 'install', '--quiet', ...requirements]],
  ]
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { stdio: 'inherit' })
    if (result.status !== 0) {
      console.error(
        `${command} ${args.join(' ')} failed: the third-party suites need Python 3.9+ with venv ` +
          '(Debian: apt-get install python3-venv).',
      )
      process.exit(1)
    }
  }
}
