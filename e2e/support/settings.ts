import os from 'node:os'
import path from 'node:path'

const port = Number(process.env.E2E_PORT ?? 3210)

/** Shared by the Playwright config, the test server and the specs. */
export const E2E = {
  port,
  baseURL: `http://localhost:${port}`,
  scratchDir: path.join(os.tmpdir(), `dispatch-e2e-${port}`),
  secret: 'end-to-end-tests-only-secret',
  // All specs sign in from this machine's one address: enough for the whole suite.
  loginLimit: 100,
  admin: { email: 'e2e-admin@dispatch.test', password: 'e2e-admin-password' },
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
}
