/**
 * `npm run bench [-- --articles 1000] [--seconds 10] [--no-lighthouse]`: builds and starts the
 * production server on a fresh database seeded with N articles, then measures it side by side
 * with a bare Node.js server returning the same article HTML. Prints a table and writes
 * bench/results/latest.json. A script, not a test: it reports figures and never fails on them.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { startCeiling } from './lib/ceiling'
import { lighthouse } from './lib/lighthouse'
import type { LoadResult, LoadTarget } from './lib/load'
import { measure } from './lib/load'
import { pageWeight } from './lib/pageWeight'
import { treeRssMb } from './lib/rss'
import { productionServerEnv } from '../scripts/lib/productionServerEnv'

const root = path.resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '3400' },
    'no-lighthouse': { type: 'boolean', default: false },
    // The image optimiser instead of the routes (bench/lib/imageBench.ts).
    images: { type: 'boolean', default: false },
    'image-requests': { type: 'string', default: '2000' },
  },
})
const articleCount = Number(args.articles)
const seconds = Number(args.seconds)
const port = Number(args.port)
const baseUrl = `http://localhost:${port}`
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const admin = { email: 'bench-admin@dispatch.test', password: 'bench-admin-password' }

const scratch = mkdtempSync(path.join(os.tmpdir(), 'dispatch-bench-'))
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(scratch, 'bench.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  PAYLOAD_SECRET: 'benchmark-only-secret-value',
  SERVER_URL: baseUrl,
  PORT: String(port),
  SEED_DEMO: 'false',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  // The load generator is one address sending thousands of requests a second.
  RATE_LIMIT_API: '0',
  RATE_LIMIT_LOGIN: '0',
  RATE_LIMIT_VIEWS: '0',
})

let server: ChildProcess | undefined
const cleanup = () => {
  server?.kill('SIGTERM')
  rmSync(scratch, { recursive: true, force: true })
}
process.on('exit', cleanup)
process.on('SIGINT', () => process.exit(130))

const seconds_ = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function build() {
  const { buildIfStale } = await import('../scripts/lib/build')
  const started = Date.now()
  if (!buildIfStale()) process.exit(1)
  return Date.now() - started
}

async function seed() {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { bulkSeed } = await import('./lib/bulkSeed')
  const payload = await getPayload({ config })
  const started = Date.now()
  const { authors } = await bulkSeed(payload, articleCount, (done, total) => {
    const width = 30
    const filled = Math.round((done / total) * width)
    const rate = Math.round(done / ((Date.now() - started) / 1000))
    process.stdout.write(
      `\r  seeding [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} (${rate}/s)`,
    )
  })
  process.stdout.write('\n')
  const elapsed = Date.now() - started
  const { listQueryLatency } = await import('./lib/queryLatency')
  const queries = await listQueryLatency(authors[0]?.slug ?? '')
  await payload.db.destroy?.()
  return {
    elapsed,
    perSecond: Math.round(articleCount / (elapsed / 1000)),
    author: authors[0],
    queries,
  }
}

async function startServer() {
  server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(port)],
    {
      cwd: root,
      env: { ...productionServerEnv(), ...process.env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const started = Date.now()
  while (Date.now() - started < 120_000) {
    try {
      if ((await fetch(`${baseUrl}/robots.txt`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('The server did not start within 2 minutes.')
}

async function signIn(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  return (await response.json()).token
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function timed(url: string, init?: RequestInit) {
  const started = performance.now()
  const response = await fetch(url, init)
  await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status }
}

/** The article page right after an edit cleared its cache tag: what the first reader waits. */
async function cacheMiss(token: string, id: string, path: string) {
  const times: number[] = []
  for (let i = 0; i < 20; i++) {
    await fetch(`${baseUrl}/api/articles/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ excerpt: `Edited for the cache-miss measurement, round ${i}.` }),
    })
    times.push((await timed(`${baseUrl}${path}`)).ms)
  }
  return { p50: Math.round(percentile(times, 50)), p99: Math.round(percentile(times, 99)) }
}

/** Publish through the API, then poll the page until readers get it. */
async function publishToVisible(token: string, heroImage: string, authorId: string) {
  const times: number[] = []
  for (let i = 0; i < 10; i++) {
    const title = `Publish latency probe ${Date.now()} ${i}`
    const created = await fetch(`${baseUrl}/api/articles?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        section: 'military',
        heroImage,
        authors: [authorId],
        _status: 'draft',
      }),
    })
    const { doc } = await created.json()
    const path = `/military/${doc.slug}`
    await fetch(`${baseUrl}${path}`) // a reader tries early: the 404 is cached too
    const started = performance.now()
    await fetch(`${baseUrl}/api/articles/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'published' }),
    })
    while ((await timed(`${baseUrl}${path}`)).status !== 200) {
      if (performance.now() - started > 10_000) break
    }
    times.push(performance.now() - started)
  }
  return { p50: Math.round(percentile(times, 50)), max: Math.round(Math.max(...times)) }
}

const row = (r: LoadResult, ceiling?: number) =>
  [
    r.name.padEnd(26),
    String(r.requestsPerSecond).padStart(7),
    String(r.p50).padStart(5),
    String(r.p99).padStart(5),
    String(r.errors + r.non2xx).padStart(6),
    String(r.bytesPerRequest).padStart(8),
    ceiling ? `${((r.requestsPerSecond / ceiling) * 100).toFixed(1)}%`.padStart(8) : '',
  ].join(' ')

async function main() {
  console.log(
    `Dispatch benchmark: ${articleCount} articles, ${seconds} s per route, 10 connections`,
  )
  const buildMs = await build()
  console.log(`  build: ${seconds_(buildMs)} (0 when the sources did not change)`)
  const seeded = await seed()
  console.log(
    `  seeded ${articleCount} articles in ${seconds_(seeded.elapsed)} (${seeded.perSecond}/s)`,
  )
  await startServer()

  const token = await signIn()
  const newest = await (
    await fetch(
      `${baseUrl}/api/articles?limit=1&depth=0&sort=-publishedAt&where[section][equals]=military`,
    )
  ).json()
  const article = newest.docs[0] as {
    id: string
    slug: string
    heroImage: string
    authors: string[]
  }
  const articlePath = `/military/${article.slug}`
  const authorSlug = seeded.author?.slug ?? ''
  const targets: LoadTarget[] = [
    { name: 'article page', path: articlePath },
    { name: 'section front', path: '/' },
    { name: 'section front page 50', path: '/military/page/50' },
    { name: 'author page', path: `/authors/${authorSlug}` },
    { name: 'search', path: '/search?q=radar' },
    { name: 'RSS feed', path: '/military/feed.xml' },
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: '/api/v1 list', path: '/api/v1/military/articles' },
    { name: '/api/v1 single', path: `/api/v1/military/articles/${article.slug}` },
    { name: 'REST list', path: '/api/articles?limit=12&where[section][equals]=military' },
    {
      name: 'GraphQL list',
      path: '/api/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ Articles(limit: 12) { docs { title slug publishedAt } } }',
      }),
    },
  ]
  // Warm every cache once, as a live site would be.
  for (const target of targets) {
    await fetch(`${baseUrl}${target.path}`, {
      method: target.method,
      body: target.body,
      headers: target.headers,
    })
  }

  const articleResponse = await fetch(`${baseUrl}${articlePath}`)
  const ceilingServer = await startCeiling(
    Buffer.from(await articleResponse.arrayBuffer()),
    articleResponse.headers.get('content-type') ?? 'text/html',
  )
  const ceiling = await measure(
    ceilingServer.url,
    { name: 'ceiling (bare Node)', path: '/' },
    seconds,
  )
  await ceilingServer.stop()

  const results: LoadResult[] = []
  for (const target of targets) results.push(await measure(baseUrl, target, seconds))

  const miss = await cacheMiss(token, article.id, articlePath)
  const publish = await publishToVisible(token, article.heroImage, article.authors[0] ?? '')
  const weight = await pageWeight(baseUrl, articlePath)
  const rssMb = server?.pid ? treeRssMb(server.pid) : 0
  const lighthouseScores = args['no-lighthouse']
    ? null
    : {
        article: lighthouse(`${baseUrl}${articlePath}`, chromePath),
        front: lighthouse(`${baseUrl}/`, chromePath),
      }

  console.log('\nroute                       req/s   p50   p99 errors  bytes/req  ceiling')
  console.log(row(ceiling))
  for (const result of results) console.log(row(result, ceiling.requestsPerSecond))
  console.log(
    `\ncache miss (article after its tag is cleared): p50 ${miss.p50} ms, p99 ${miss.p99} ms`,
  )
  console.log(`publish to visible: p50 ${publish.p50} ms, max ${publish.max} ms`)
  console.log('list reads without a cache (the database work of a cache miss):')
  for (const query of seeded.queries) {
    console.log(`  ${query.name.padEnd(30)} p50 ${query.p50} ms, max ${query.max} ms`)
  }
  console.log(
    `article page: HTML ${weight.htmlBytes} B (${weight.htmlGzipBytes} B gzipped), first-load JavaScript ${weight.firstLoadJsGzipBytes} B gzipped in ${weight.scripts} files`,
  )
  console.log(`server RSS after the run: ${rssMb} MB`)
  if (lighthouseScores) {
    for (const [page, scores] of Object.entries(lighthouseScores)) {
      console.log(
        scores
          ? `Lighthouse mobile, ${page}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}; LCP ${scores.lcpMs} ms on ${scores.lcpElement}; TBT ${scores.tbtMs} ms`
          : `Lighthouse mobile, ${page}: could not run`,
      )
    }
  }

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
    secondsPerRoute: seconds,
    buildMs,
    seeding: { ms: seeded.elapsed, articlesPerSecond: seeded.perSecond },
    ceiling,
    routes: results.map((r) => ({
      ...r,
      ofCeiling: +(r.requestsPerSecond / ceiling.requestsPerSecond).toFixed(4),
    })),
    cacheMiss: miss,
    uncachedListReads: seeded.queries,
    publishToVisible: publish,
    pageWeight: weight,
    serverRssMb: rssMb,
    lighthouse: lighthouseScores,
  }
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  const file = articleCount === 1000 ? 'latest.json' : `latest-${articleCount}.json`
  writeFileSync(path.join(root, 'bench', 'results', file), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwritten to bench/results/${file}`)
  process.exit(0)
}

async function imageBench() {
  // The demo newsroom's pictures, as readers meet them.
  process.env.SEED_DEMO = 'true'
  Object.assign(process.env, productionServerEnv())
  await build()
  const { runImageBench } = await import('./lib/imageBench')
  await runImageBench({ port, requests: Number(args['image-requests']), admin })
  process.exit(0)
}

await (args.images ? imageBench() : main())
