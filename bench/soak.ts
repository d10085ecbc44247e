/**
 * `npm run soak [-- --minutes 5] [--connections 50] [--articles 200]`: builds if stale, starts the
 * production server on a fresh seeded database (loopback only), then drives mixed reader, content
 * API, REST and view-counter traffic for the whole time. Samples the server's memory every minute,
 * prints a table and writes bench/results/soak.json. Exits non-zero on any failed request or
 * when memory grows by 10% or more from the first minute to the last.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { treeRssMb } from './lib/rss'
import { startNext } from './lib/server'

const root = path.resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    articles: { type: 'string', default: '200' },
    port: { type: 'string', default: '3271' },
  },
})
const minutes = Number(args.minutes)
const connections = Number(args.connections)
const articleCount = Number(args.articles)
const port = Number(args.port)
const baseUrl = `http://127.0.0.1:${port}`
const MAX_GROWTH = 0.1

const scratch = mkdtempSync(path.join(os.tmpdir(), 'dispatch-soak-'))
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(scratch, 'soak.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  PAYLOAD_SECRET: 'soak-test-only-secret-value',
  SERVER_URL: baseUrl,
  PORT: String(port),
  SEED_DEMO: 'false',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  // One loopback address sends all the traffic: the per-address limits would refuse most of it.
  RATE_LIMIT_API: '0',
  RATE_LIMIT_LOGIN: '0',
  RATE_LIMIT_VIEWS: '0',
})

let server: ChildProcess | undefined
process.on('exit', () => {
  server?.kill('SIGKILL')
  rmSync(scratch, { recursive: true, force: true })
})
process.on('SIGINT', () => process.exit(130))

async function seed(): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { bulkSeed } = await import('./lib/bulkSeed')
  const payload = await getPayload({ config })
  await bulkSeed(payload, articleCount, () => {})
  await payload.db.destroy?.()
}

type Article = { id: string; slug: string }

async function articles(): Promise<Article[]> {
  const response = await fetch(
    `${baseUrl}/api/articles?limit=20&depth=0&select[slug]=true&where[section][equals]=military`,
  )
  return ((await response.json()) as { docs: Article[] }).docs
}

/** Each connection walks this list in turn: a reader's pages, API consumers, the view counter. */
function traffic(sample: Article[]): autocannon.Request[] {
  const requests: autocannon.Request[] = []
  for (const article of sample) {
    requests.push(
      { method: 'GET', path: `/military/${article.slug}` },
      { method: 'GET', path: '/' },
      { method: 'GET', path: `/api/v1/military/articles/${article.slug}` },
      { method: 'GET', path: '/api/v1/military/articles?limit=10' },
      { method: 'GET', path: `/api/articles/${article.id}?depth=0` },
      { method: 'GET', path: '/search?q=radar' },
      {
        method: 'POST',
        path: `/api/v1/articles/${article.id}/view`,
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Soak/1.0 Chrome/131.0' },
      },
    )
  }
  return requests
}

type Minute = { minute: number; requests: number; rssMb: number }

async function main() {
  console.log(
    `Dispatch soak: ${connections} connections for ${minutes} min, ${articleCount} articles`,
  )
  const { buildIfStale } = await import('../scripts/lib/build')
  if (!buildIfStale()) process.exit(1)
  await seed()
  server = await startNext(port)
  const pid = server.pid ?? 0
  const sample = await articles()
  // Warm the caches once, as a live site would be.
  for (const request of traffic(sample)) await fetch(`${baseUrl}${request.path}`)

  const perMinute: Minute[] = []
  let requestsThisMinute = 0
  let finish: (result: autocannon.Result) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const run = autocannon(
    {
      url: baseUrl,
      connections,
      duration: minutes * 60,
      requests: traffic(sample),
      headers: { 'accept-encoding': 'gzip' },
    },
    (error, result) => (error ? fail(error) : finish(result)),
  )
  run.on('response', () => {
    requestsThisMinute += 1
  })
  const sampler = setInterval(() => {
    perMinute.push({
      minute: perMinute.length + 1,
      requests: requestsThisMinute,
      rssMb: treeRssMb(pid),
    })
    console.log(
      `  minute ${perMinute.length}: ${requestsThisMinute} requests, server RSS ${perMinute.at(-1)?.rssMb} MB`,
    )
    requestsThisMinute = 0
  }, 60_000)
  const result = await finished
  clearInterval(sampler)

  const first = perMinute[0]?.rssMb ?? 0
  const last = perMinute.at(-1)?.rssMb ?? 0
  const growth = first > 0 ? (last - first) / first : 0
  const failed = result.errors + result.timeouts + result.non2xx
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count]),
  )

  console.log('\nminute  requests  server RSS (MB)')
  for (const m of perMinute) {
    console.log(
      `${String(m.minute).padStart(6)} ${String(m.requests).padStart(9)} ${String(m.rssMb).padStart(16)}`,
    )
  }
  console.log(
    `\n${result.requests.total} requests (${Math.round(result.requests.average)}/s), ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  )
  console.log(
    `failed: ${failed} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}); status codes ${JSON.stringify(statuses)}`,
  )
  console.log(
    `memory growth from minute 1 to minute ${perMinute.length}: ${(growth * 100).toFixed(1)}%`,
  )

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    database: process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite',
    articles: articleCount,
    minutes,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    failed: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
    statusCodes: statuses,
    perMinute,
    memoryGrowth: +growth.toFixed(4),
  }
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  writeFileSync(
    path.join(root, 'bench', 'results', 'soak.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  )
  console.log('written to bench/results/soak.json')

  const isOk = failed === 0 && perMinute.length >= 2 && growth < MAX_GROWTH
  if (perMinute.length < 2) console.error('Run at least 2 minutes to compare memory.')
  process.exit(isOk ? 0 : 1)
}

await main()
