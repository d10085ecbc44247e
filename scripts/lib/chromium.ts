import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * The end-to-end tests drive Debian's Chromium (test tools never download browsers here).
 * Installs it with apt when we may; otherwise says in one line how to get it.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  const canInstall =
    process.getuid?.() === 0 &&
    spawnSync('which', ['apt-get']).status === 0 &&
    !process.env.CHROMIUM_PATH
  if (!canInstall) {
    console.error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    )
    process.exit(1)
  }
  console.log('Installing Chromium from Debian packages (first run only)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(' ')} failed: install chromium by hand and run npm test again.`,
      )
      process.exit(1)
    }
  }
}
