import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const MAILPIT_VERSION = 'v1.33.1'
const MAILPIT_MODULE = 'github.com/axllent/mailpit'

/** Outside the repo, so a fresh clone on the same machine reuses the binary. */
export function mailpitBinary(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache')
  return path.join(cacheRoot, 'dispatch', `mailpit-${MAILPIT_VERSION}`, 'bin', 'mailpit')
}

/**
 * Mailpit is a real SMTP server that keeps what it receives and shows it through an HTTP API: the
 * end-to-end tests send password resets and invitations to it and read them back. Built once from
 * the Go module proxy and cached; the module cache is read-only, so it is built from a copy.
 */
export function ensureMailpit(): string {
  const binary = mailpitBinary()
  if (existsSync(binary)) return binary

  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(
      'Go is needed once to build Mailpit, the SMTP server the tests use: install Go 1.22+.',
    )
  }
  console.log(
    `Building Mailpit ${MAILPIT_VERSION} for the email tests (first run only, about a minute)…`,
  )
  const started = Date.now()
  const goEnv = { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' }
  const download = spawnSync(
    'go',
    ['mod', 'download', '-json', `${MAILPIT_MODULE}@${MAILPIT_VERSION}`],
    { env: goEnv, encoding: 'utf8' },
  )
  if (download.status !== 0) {
    throw new Error(
      `go mod download ${MAILPIT_MODULE}@${MAILPIT_VERSION} failed:\n${download.stderr}${download.stdout}`,
    )
  }
  const { Dir: moduleDir } = JSON.parse(download.stdout) as { Dir: string }

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'mailpit-build-'))
  try {
    cpSync(moduleDir, scratch, { recursive: true })
    spawnSync('chmod', ['-R', 'u+w', scratch])
    mkdirSync(path.dirname(binary), { recursive: true })
    const build = spawnSync('go', ['build', '-o', binary, '.'], {
      cwd: scratch,
      env: goEnv,
      stdio: 'inherit',
    })
    if (build.status !== 0 || !existsSync(binary)) {
      throw new Error(`Building Mailpit ${MAILPIT_VERSION} failed; see the messages above.`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  console.log(`Mailpit built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  return binary
}

export type MailServer = { smtpPort: number; apiURL: string; stop: () => void }

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Mailpit exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Mailpit did not answer at ${url} within 20 s`)
}

/** Starts Mailpit on loopback, keeping messages in memory; `stop` ends it. */
export async function startMailpit(ports: { smtp: number; http: number }): Promise<MailServer> {
  const binary = ensureMailpit()
  const child = spawn(
    binary,
    [
      '--smtp',
      `127.0.0.1:${ports.smtp}`,
      '--listen',
      `127.0.0.1:${ports.http}`,
      // Any username and password, over plain SMTP on loopback: the tests send real AUTH.
      '--smtp-auth-accept-any',
      '--smtp-auth-allow-insecure',
      '--disable-version-check',
      '--quiet',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  )
  const apiURL = `http://127.0.0.1:${ports.http}`
  await waitUntilAnswering(`${apiURL}/api/v1/info`, child)
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM')
  }
  process.on('exit', stop)
  return { smtpPort: ports.smtp, apiURL, stop }
}
