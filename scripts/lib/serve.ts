import { spawn } from 'node:child_process'
import path from 'node:path'

import nextEnv from '@next/env'

import { buildIfStale } from './build'
import { productionServerEnv } from './productionServerEnv'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Checks the configuration, builds the site if its sources changed, then runs `server.ts` (Next.js
 * behind node:http, so the client's address can be known) until it is stopped. Payload starts with the server (see instrumentation.ts).
 */
export async function serveSite(): Promise<void> {
  // The same .env files Next.js reads, so the check below sees what the server will see.
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })
  const { EnvError, parseEnv } = await import('../../src/platform/env')

  let env: ReturnType<typeof parseEnv>
  try {
    env = parseEnv({ ...process.env, NODE_ENV: 'production' })
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  if (env.database.kind === 'mongodb') {
    const { checkMongoReachable } = await import('../../src/platform/database/checkMongoReachable')
    const problem = await checkMongoReachable(env.database.url)
    if (problem) {
      console.error(problem)
      process.exit(1)
    }
  }

  if (!buildIfStale()) process.exit(1)

  const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...productionServerEnv(),
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(env.port),
    },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal))
  }
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
