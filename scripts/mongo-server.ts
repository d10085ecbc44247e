/**
 * A MongoDB-protocol server for the tests. With MONGODB_URI set (a real MongoDB, e.g.
 * `docker compose up -d mongo`, or a CI service) it is used as it is. Otherwise FerretDB is built
 * once, started on a free loopback port with a throwaway data folder, and stopped afterwards,
 * also when the tests fail or the run is interrupted.
 *
 *   npx tsx scripts/mongo-server.ts -- <command…>   runs the command with DATABASE_URI set
 *   npx tsx scripts/mongo-server.ts --build-only     builds FerretDB into its cache
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { MongoClient } from 'mongodb'

import { ensureFerretdb } from './lib/ferretdb'

export type MongoServer = { uri: string; external: boolean; stop: () => Promise<void> }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

async function answersHello(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 })
  try {
    await client.connect()
    await client.db().command({ hello: 1 })
    return true
  } catch {
    return false
  } finally {
    await client.close().catch(() => undefined)
  }
}

function withDatabase(uri: string, dbName: string): string {
  const url = new URL(uri)
  url.pathname = `/${dbName}`
  return url.toString()
}

/** Every FerretDB this process started, so an exit of any kind stops them. */
const running = new Set<ChildProcess>()
let cleanupRegistered = false

function registerCleanup(): void {
  if (cleanupRegistered) return
  cleanupRegistered = true
  process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')))
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      running.forEach((child) => child.kill('SIGKILL'))
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

export async function startMongoServer(options: { dbName?: string } = {}): Promise<MongoServer> {
  const dbName = options.dbName ?? 'dispatch_test'
  if (process.env.MONGODB_URI) {
    return {
      uri: withDatabase(process.env.MONGODB_URI, dbName),
      external: true,
      stop: async () => {},
    }
  }

  const binary = ensureFerretdb()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-ferretdb-'))
  const port = await freePort()
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      // Metrics and state files would clash between runs: none, and state in the scratch folder.
      '--debug-addr=-',
      `--state-dir=${dataDir}`,
      '--telemetry=disable',
      '--log-level=WARN',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  registerCleanup()
  running.add(child)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })

  const stop = async () => {
    if (running.delete(child) && child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), 3000)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
      })
    }
    rmSync(dataDir, { recursive: true, force: true })
  }

  // One connection: FerretDB 1.24 applies concurrent updates to the same document as
  // read-modify-write, so parallel $inc calls lose increments (300 at once added 15). MongoDB's
  // $inc is atomic; queueing operations on one connection gives the tests MongoDB's semantics.
  // Test configuration only, listed in docs/mongodb.md.
  const uri = `mongodb://127.0.0.1:${port}/${dbName}?maxPoolSize=1`
  const deadline = Date.now() + 30_000
  while (!(await answersHello(uri))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`FerretDB did not answer on port ${port}:\n${stderr}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { uri, external: false, stop }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--build-only')) {
    if (!process.env.MONGODB_URI) ensureFerretdb()
    return 0
  }
  const separator = argv.indexOf('--')
  const command = separator >= 0 ? argv.slice(separator + 1) : []
  const [program, ...args] = command
  if (!program) {
    console.error('usage: tsx scripts/mongo-server.ts [--build-only] -- <command> [args…]')
    return 2
  }
  const server = await startMongoServer()
  console.log(
    `MongoDB-protocol server: ${server.external ? 'MONGODB_URI' : 'FerretDB'} at ${server.uri}`,
  )
  try {
    const child = spawn(program, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URI: server.uri },
    })
    return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
  } finally {
    await server.stop()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2))
}
