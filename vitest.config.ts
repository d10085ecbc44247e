import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

// A fresh scratch folder per run: the SQLite file and uploaded media of the tests live there,
// and `tests/support/globalSetup.ts` removes it afterwards.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'dispatch-test-'))

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@collections': path.join(root, 'collections'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/globalSetup.ts'],
    env: {
      NODE_ENV: 'test',
      DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(scratch, 'dispatch.db')}`,
      PAYLOAD_SECRET: 'integration-tests-only-secret',
      MEDIA_DIR: path.join(scratch, 'media'),
      SEED_DEMO: 'false',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      DISPATCH_TEST_SCRATCH: scratch,
      // Webhook receivers in the tests listen on loopback, and retries come quickly.
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      WEBHOOKS_TIMEOUT_SECONDS: '1',
      WEBHOOKS_RETRY_BASE_SECONDS: '0.2',
      WEBHOOKS_RETRY_FOR_SECONDS: '4',
    },
    // Files run one after another: they share one database, and each builds its own Payload.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
