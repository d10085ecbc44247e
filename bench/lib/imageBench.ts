/**
 * `npm run bench -- --images [--image-requests 2000]`: the image optimiser under a crowd of
 * distinct `/_next/image` URLs. The production server (server.ts) starts on a fresh database with
 * the demo newsroom and one large original published in a story; the bench collects every image
 * URL the pages request, adds hostile variations up to the request count, and sends them twice
 * over 10 connections: the first pass fills the cache, the second shows what it kept.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { treeCpuSeconds } from './cpu'
import { hostileImageUrls, imageUrlsIn } from './imageRequests'
import { treeRssMb } from './rss'
import { startNext } from './server'

type Options = { port: number; requests: number; admin: { email: string; password: string } }

type PassResult = {
  pass: string
  requests: number
  seconds: number
  requestsPerSecond: number
  cpuSeconds: number
  ok: number
  clientErrors: number
  serverErrors: number
  cacheHits: number
  peakRssMb: number
}

const CONNECTIONS = 10
/** A phone photo upscaled well past any size the site shows: 7000 × 5000, 35 megapixels. */
const LARGE = { width: 7000, height: 5000 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Smooth blobs rather than noise, so the JPEG stays under the upload limit. */
async function drawLargeOriginal(): Promise<Buffer> {
  const small = await sharp({
    create: {
      width: 70,
      height: 50,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()
  return sharp(small)
    .resize(LARGE.width, LARGE.height, { kernel: 'cubic' })
    .jpeg({ quality: 85 })
    .toBuffer()
}

/** The demo is seeded by the server after it starts answering: wait until its pictures are public. */
async function waitForDemoPictures(baseUrl: string) {
  let previous = -1
  for (let attempt = 0; attempt < 240; attempt++) {
    const { totalDocs } = await json<{ totalDocs: number }>(
      await fetch(`${baseUrl}/api/media?limit=1&depth=0`),
    )
    if (totalDocs > 0 && totalDocs === previous) return
    previous = totalDocs
    await sleep(1000)
  }
  throw new Error('The demo pictures did not appear within 4 minutes.')
}

/** Uploads the large original and publishes a story with it, so readers (and the optimiser) may fetch it. */
async function publishLargeOriginal(baseUrl: string, token: string): Promise<void> {
  const authorization = `JWT ${token}`
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await drawLargeOriginal())], { type: 'image/jpeg' }),
    'large.jpg',
  )
  form.append(
    '_payload',
    JSON.stringify({ alt: 'A large original for the image bench', credit: 'Dispatch bench' }),
  )
  const { doc: media } = await json<{ doc: { id: string; width: number; height: number } }>(
    await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: { authorization }, body: form }),
  )
  console.log(`  large original uploaded, stored at ${media.width}×${media.height}`)
  const { docs: authors } = await json<{ docs: { id: string }[] }>(
    await fetch(`${baseUrl}/api/authors?limit=1&depth=0`, { headers: { authorization } }),
  )
  await json(
    await fetch(`${baseUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        title: `Image bench story ${Date.now()}`,
        section: 'military',
        heroImage: media.id,
        authors: [authors[0]?.id],
        _status: 'published',
      }),
    }),
  )
}

type PublicMedia = {
  url?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null }>
}

/** The files a reader may fetch: every public original and its sizes, as site paths. */
async function publicFiles(baseUrl: string) {
  const { docs } = await json<{ docs: PublicMedia[] }>(
    await fetch(`${baseUrl}/api/media?limit=100&depth=0`),
  )
  const sitePath = (url: string) => new URL(url, baseUrl).pathname
  const files: string[] = []
  const large: string[] = []
  for (const doc of docs) {
    if (!doc.url) continue
    files.push(sitePath(doc.url))
    if ((doc.width ?? 0) * (doc.height ?? 0) > 4_000_000) large.push(sitePath(doc.url))
    for (const size of Object.values(doc.sizes ?? {})) if (size.url) files.push(sitePath(size.url))
  }
  return { files, large }
}

/** Every image URL the section front, its second page, the articles and the authors' pages use. */
async function pageImageUrls(baseUrl: string): Promise<string[]> {
  const { data: articles } = await json<{ data: { slug: string }[] }>(
    await fetch(`${baseUrl}/api/v1/military/articles?limit=50`),
  )
  const { docs: authors } = await json<{ docs: { slug: string }[] }>(
    await fetch(`${baseUrl}/api/authors?limit=50&depth=0`),
  )
  const pages = [
    '/',
    '/military/page/2',
    ...articles.map((article) => `/military/${article.slug}`),
    ...authors.map((author) => `/authors/${author.slug}`),
  ]
  const urls = new Set<string>()
  for (const page of pages) {
    for (const url of imageUrlsIn(await (await fetch(`${baseUrl}${page}`)).text())) urls.add(url)
  }
  return [...urls]
}

async function runPass(
  name: string,
  baseUrl: string,
  urls: string[],
  server: ChildProcess,
): Promise<PassResult> {
  const pid = server.pid ?? 0
  const cpuBefore = treeCpuSeconds(pid)
  let peakRssMb = treeRssMb(pid)
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(pid))), 200)
  const counts = { ok: 0, clientErrors: 0, serverErrors: 0, cacheHits: 0 }
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++] as string
      const response = await fetch(`${baseUrl}${url}`, {
        headers: { accept: 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8' },
      })
      await response.arrayBuffer()
      if (response.status < 300) counts.ok++
      else if (response.status < 500) counts.clientErrors++
      else counts.serverErrors++
      if (response.headers.get('x-nextjs-cache') === 'HIT') counts.cacheHits++
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  return {
    pass: name,
    requests: urls.length,
    seconds: +seconds.toFixed(1),
    requestsPerSecond: Math.round(urls.length / seconds),
    cpuSeconds: +(treeCpuSeconds(pid) - cpuBefore).toFixed(1),
    ...counts,
    peakRssMb: Math.max(peakRssMb, treeRssMb(pid)),
  }
}

const row = (r: PassResult) =>
  [
    r.pass.padEnd(8),
    String(r.requests).padStart(8),
    String(r.requestsPerSecond).padStart(6),
    String(r.cpuSeconds).padStart(7),
    String(r.ok).padStart(6),
    String(r.clientErrors).padStart(6),
    String(r.serverErrors).padStart(6),
    `${((r.cacheHits / Math.max(1, r.ok)) * 100).toFixed(1)}%`.padStart(9),
    String(r.peakRssMb).padStart(8),
  ].join(' ')

export async function runImageBench({ port, requests, admin }: Options): Promise<void> {
  const baseUrl = `http://localhost:${port}`
  console.log(
    `Dispatch image bench: ${requests} distinct /_next/image requests, ${CONNECTIONS} connections`,
  )
  const server = await startNext(port)
  try {
    await waitForDemoPictures(baseUrl)
    const { token } = await json<{ token: string }>(
      await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(admin),
      }),
    )
    await publishLargeOriginal(baseUrl, token)
    const fromPages = await pageImageUrls(baseUrl)
    const { files, large } = await publicFiles(baseUrl)
    const fromPagesSet = new Set(fromPages)
    const hostile = hostileImageUrls(files, large, requests * 2).filter(
      (url) => !fromPagesSet.has(url),
    )
    const urls = [...fromPages, ...hostile].slice(0, requests)
    console.log(
      `  ${fromPages.length} URLs from the pages, ${urls.length - fromPages.length} hostile; ${files.length} files (${large.length} above 4 MP)`,
    )
    const first = await runPass('first', baseUrl, urls, server)
    const second = await runPass('second', baseUrl, urls, server)
    const pages = await runPass('pages', baseUrl, fromPages, server)

    console.log('\npass     requests  req/s  CPU s     2xx    4xx    5xx  hit ratio  peak RSS MB')
    for (const result of [first, second, pages]) console.log(row(result))
    console.log('(hit ratio: X-Nextjs-Cache HIT among 2xx; "pages": the pages\' own URLs again)')

    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      urlsFromPages: fromPages.length,
      passes: [first, second, pages],
    }
    const root = path.resolve(import.meta.dirname, '../..')
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
    writeFileSync(
      path.join(root, 'bench', 'results', 'images.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    )
    console.log('\nwritten to bench/results/images.json')
  } finally {
    server.kill('SIGTERM')
  }
}
