import path from 'node:path'

import nextEnv from '@next/env'

import type { Env } from '../../src/platform/env'

const root = path.resolve(import.meta.dirname, '../..')

/** The configuration the site would run with (same .env files), or one message per problem and exit. */
export async function loadEnv(): Promise<Env> {
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })
  const { EnvError, parseEnv } = await import('../../src/platform/env')
  try {
    return parseEnv({ ...process.env, NODE_ENV: 'production' })
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
