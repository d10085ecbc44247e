import { rmSync } from 'node:fs'

/** Removes the run's scratch folder (SQLite file, uploaded media) when the run ends. */
export default function globalSetup(): () => void {
  return () => {
    const scratch = process.env.DISPATCH_TEST_SCRATCH
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  }
}
