import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const FERRETDB_VERSION = 'v1.24.2'
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB'

/** Outside the repo, so a fresh clone on the same machine reuses the binary. */
export function ferretdbBinDir(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache')
  return (
    process.env.FERRETDB_CACHE_DIR ??
    path.join(cacheRoot, 'dispatch', `ferretdb-${FERRETDB_VERSION}`, 'bin')
  )
}

/**
 * FerretDB is a MongoDB-wire-protocol server written in Go: the test suites reach the MongoDB
 * adapter through it where no MongoDB server can be installed. Built once and cached.
 *
 * A plain `go install …@v1.24.2` builds a binary that panics at start: the module zip lacks the
 * generated build/version/version.txt that FerretDB embeds. So the module is downloaded through
 * the Go module proxy, copied to a scratch folder, given that file, and built there.
 */
export function ensureFerretdb(): string {
  const binDir = ferretdbBinDir()
  const binary = path.join(binDir, 'ferretdb')
  if (existsSync(binary)) return binary

  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(
      'Go is needed once to build FerretDB for the MongoDB tests: install Go 1.22+, or set MONGODB_URI to a MongoDB server.',
    )
  }
  console.log(
    `Building FerretDB ${FERRETDB_VERSION} for the MongoDB tests (first run only, about a minute)…`,
  )
  const started = Date.now()
  const goEnv = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' }

  const download = spawnSync(
    'go',
    ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`],
    {
      env: goEnv,
      encoding: 'utf8',
    },
  )
  if (download.status !== 0) {
    throw new Error(
      `go mod download ${FERRETDB_MODULE}@${FERRETDB_VERSION} failed:\n${download.stderr}${download.stdout}`,
    )
  }
  const { Dir: moduleDir } = JSON.parse(download.stdout) as { Dir: string }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ferretdb-build-'))
  try {
    cpSync(moduleDir, scratch, { recursive: true })
    // The module cache is read-only; the copy must be writable for the version file.
    spawnSync('chmod', ['-R', 'u+w', scratch])
    writeFileSync(path.join(scratch, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`)
    mkdirSync(binDir, { recursive: true })
    const build = spawnSync('go', ['build', '-o', binary, './cmd/ferretdb'], {
      cwd: scratch,
      env: goEnv,
      stdio: 'inherit',
    })
    if (build.status !== 0 || !existsSync(binary)) {
      throw new Error(`Building FerretDB ${FERRETDB_VERSION} failed; see the messages above.`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  console.log(`FerretDB built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  return binary
}
