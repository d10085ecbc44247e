/**
 * `npm run seed`: adds the demo newsroom to the configured database. Idempotent: documents that
 * already exist (same slug or file name) are left alone, so it can be run any number of times.
 */
import path from 'node:path'

import nextEnv from '@next/env'

nextEnv.loadEnvConfig(path.resolve(import.meta.dirname, '..'), false, {
  info: () => {},
  error: console.error,
})

const { env } = await import('../src/platform/env')
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedDemo } = await import('../src/seed')

const payload = await getPayload({ config })
const started = Date.now()
const summary = await seedDemo(payload, {
  admin: env.admin,
  onProgress: (step, done, total) => {
    process.stdout.write(`\r  ${step.padEnd(8)} ${done}/${total}${done === total ? '\n' : ''}`)
  },
})
console.log(
  `Added ${summary.articles} articles, ${summary.authors} authors and ${summary.images} images` +
    `${summary.adminCreated ? ' and the admin account' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
)
process.exit(0)
