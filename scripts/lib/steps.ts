import { spawn } from 'node:child_process'

export type StepResult = { name: string; ok: boolean; seconds: number; skipped?: boolean }

/** Runs one command with inherited output and reports how it went and how long it took. */
export function run(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<StepResult> {
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    const stop = () => child.kill('SIGTERM')
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    child.on('exit', (code) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 })
    })
  })
}

export const skipped = (name: string): StepResult => ({
  name,
  ok: false,
  seconds: 0,
  skipped: true,
})
