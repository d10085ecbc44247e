/**
 * The outage specs' own server and database, apart from the shared test server: a production
 * server (`server.ts`) on its own port and data folder, and (on the MongoDB path) a FerretDB that the
 * spec stops and starts again on the same port and data.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureFerretdb } from '../../scripts/lib/ferretdb'
import { E2E } from './settings'

const root = path.resolve(import.meta.dirname, '../..')

async function waitFor(check: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not come up within ${ms / 1000} s`)
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

export class Ferret {
  private child: ChildProcess | undefined
  readonly uri: string

  constructor(
    private readonly port: number,
    private readonly dataDir: string,
  ) {
    this.uri = `mongodb://127.0.0.1:${port}/dispatch_outage`
  }

  async start(): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true })
    this.child = spawn(
      ensureFerretdb(),
      [
        '--handler=sqlite',
        `--sqlite-url=file:${this.dataDir}/`,
        `--listen-addr=127.0.0.1:${this.port}`,
        '--debug-addr=-',
        `--state-dir=${this.dataDir}`,
        '--telemetry=disable',
        '--log-level=ERROR',
      ],
      { stdio: 'ignore' },
    )
    const { MongoClient } = await import('mongodb')
    await waitFor(
      async () => {
        const client = new MongoClient(this.uri, { serverSelectionTimeoutMS: 300 })
        try {
          await client.db().command({ hello: 1 })
          return true
        } finally {
          await client.close()
        }
      },
      'FerretDB',
      30_000,
    )
  }

  /** A crash, not a shutdown: the server is gone at once. */
  async kill(): Promise<void> {
    if (this.child) await stopped(this.child, 'SIGKILL')
  }
}

export class App {
  private child: ChildProcess | undefined
  readonly baseURL: string

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.baseURL = `http://127.0.0.1:${port}`
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: root,
      env: { ...process.env, ...this.env, NODE_ENV: 'production', PORT: String(this.port) },
      stdio: 'ignore',
    })
    await waitFor(async () => (await fetch(`${this.baseURL}/`)).ok, 'The app', 120_000)
  }

  async kill(): Promise<void> {
    if (this.child) await stopped(this.child, 'SIGKILL')
  }
}

/** A scratch folder and ports of the outage specs' own, beside the shared server's port. */
export function outageSetup() {
  const scratch = path.join(os.tmpdir(), `dispatch-outage-${E2E.port}`)
  const appPort = E2E.port + 6
  const databasePort = E2E.port + 7
  const isMongo = Boolean(process.env.DATABASE_URI?.startsWith('mongodb'))
  const ferret = isMongo ? new Ferret(databasePort, path.join(scratch, 'ferretdb')) : null
  const databaseFile = path.join(scratch, 'dispatch.db')
  const app = new App(appPort, {
    SERVER_URL: `http://127.0.0.1:${appPort}`,
    DATABASE_URI: ferret ? ferret.uri : `file:${databaseFile}`,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'outage-tests-only-secret',
    SEED_DEMO: 'true',
    ADMIN_EMAIL: E2E.admin.email,
    ADMIN_PASSWORD: E2E.admin.password,
    RATE_LIMIT_API: '0',
    RATE_LIMIT_LOGIN: '0',
    RATE_LIMIT_VIEWS: '0',
    JOBS_INTERVAL_SECONDS: '0',
  })
  const prepare = () => {
    rmSync(scratch, { recursive: true, force: true })
    mkdirSync(scratch, { recursive: true })
  }
  const cleanup = async () => {
    await app.kill()
    await ferret?.kill()
    rmSync(scratch, { recursive: true, force: true })
  }
  return { app, ferret, databaseFile, prepare, cleanup }
}
