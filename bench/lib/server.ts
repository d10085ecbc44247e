import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** `server.ts` (the production server) on `port` with process.env, ready once robots.txt answers. */
export async function startNext(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const started = Date.now()
  while (Date.now() - started < 120_000) {
    try {
      if ((await fetch(`http://localhost:${port}/robots.txt`)).ok) return server
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  server.kill('SIGKILL')
  throw new Error('The server did not start within 2 minutes.')
}
