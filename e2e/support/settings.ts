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
  // The test server runs on the embedded SQLite file unless DATABASE_URI names MongoDB.
  isEmbedded: !process.env.DATABASE_URI?.startsWith('mongodb'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Mailpit, the SMTP server the test server sends through (e2e/support/mail.ts reads it).
  mail: {
    smtpPort: port + 20000,
    httpPort: port + 30000,
    apiURL: `http://127.0.0.1:${port + 30000}`,
  },
}
