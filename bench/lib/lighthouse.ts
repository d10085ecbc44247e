import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type LighthouseScores = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  lcpElement: string
  tbtMs: number
} | null

/** Lighthouse 12, mobile, in Debian's Chromium (CHROME_PATH); null when it cannot run. */
export function lighthouse(url: string, chromePath: string): LighthouseScores {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-lh-'))
  const output = path.join(dir, 'report.json')
  try {
    const run = spawnSync(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${output}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8', timeout: 180_000 },
    )
    if (run.status !== 0) {
      console.error(`Lighthouse failed for ${url}: ${run.stderr.slice(-500)}`)
      return null
    }
    const report = JSON.parse(readFileSync(output, 'utf8'))
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
    const lcpItem = report.audits['largest-contentful-paint-element']?.details?.items?.[0]
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
      lcpElement: lcpItem?.items?.[0]?.node?.selector ?? '',
      tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
