/**
 * `npx tsx bench/liveTabs.ts --base http://localhost:3326 --pid <server pid> [--tabs 1000]`:
 * what readers who keep a live page open cost the origin. Signs in as the admin (ADMIN_EMAIL,
 * ADMIN_PASSWORD), makes a live story, opens N simulated tabs (each what the page's island does:
 * one server-sent-event stream, and on each event one request for what changed since), then
 * measures the server's requests/s and CPU while they wait, and while the desk adds an entry
 * every few seconds, with the time from each save to every tab holding the entry. A script, not a
 * test: it prints figures and never fails on them.
 */
import http from 'node:http'
import { parseArgs } from 'node:util'
import { treeCpuSeconds } from './lib/cpu'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:3326' },
    pid: { type: 'string' },
    tabs: { type: 'string', default: '1000' },
    'idle-seconds': { type: 'string', default: '20' },
    entries: { type: 'string', default: '6' },
    'entry-interval': { type: 'string', default: '5' },
  },
})
const base = args.base ?? 'http://localhost:3326'
const tabs = Number(args.tabs)
const pid = args.pid ? Number(args.pid) : null
const admin = {
  email: process.env.ADMIN_EMAIL ?? 'e2e-admin@dispatch.test',
  password: process.env.ADMIN_PASSWORD ?? 'e2e-admin-password',
}

/** CPU seconds the server process (and its children) has used so far. */
const cpuSeconds = (): number => (pid ? treeCpuSeconds(pid) : NaN)

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
let requests = 0

function paragraphBody(text: string) {
  const node = (type: string, children: unknown[], extra = {}) => ({
    type,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children,
    ...extra,
  })
  const leaf = { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }
  return { root: node('root', [node('paragraph', [leaf], { textFormat: 0 })]) }
}

/**
 * Where every tab's first catch-up starts. Real tabs all start from the newest entry's time in the
 * same cached page, so they ask the same URLs; a start of its own per tab would make 1,000
 * different URLs miss the cache at once (the first run of this bench did, and measured that).
 */
const pageSince = new Date().toISOString()

/** One reader's tab: the stream, and a catch-up request on each event. */
function openTab(slug: string, onEntry: (id: string, at: number) => void): Promise<void> {
  let since = pageSince
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/military/${slug}/live`, { agent }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream ${response.statusCode}`))
      resolve()
      let buffer = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        const frames = buffer.split('\n\n')
        buffer = frames.pop() ?? ''
        for (const frame of frames) {
          if (!frame.startsWith('data: ')) continue
          requests += 1
          const url = `${base}/api/v1/military/articles/${slug}/entries?since=${encodeURIComponent(since)}&limit=100`
          void fetch(url)
            .then(
              (answer) => answer.json() as Promise<{ data: { id: string; updatedAt: string }[] }>,
            )
            .then(({ data }) => {
              for (const entry of data) {
                if (entry.updatedAt > since) since = entry.updatedAt
                onEntry(entry.id, Date.now())
              }
            })
            .catch(() => undefined)
        }
      })
    })
    request.on('error', reject)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  NaN

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(admin),
})
const { token } = (await login.json()) as { token: string }
const headers = { 'content-type': 'application/json', Authorization: `JWT ${token}` }
const someStory = (await (await fetch(`${base}/api/articles?limit=1&depth=0`)).json()) as {
  docs: { heroImage: string; authors: string[] }[]
}
const template = someStory.docs[0]
if (!template) throw new Error('No published story to copy the hero image and author from.')
const created = await fetch(`${base}/api/articles`, {
  method: 'POST',
  headers,
  body: JSON.stringify({
    title: `Bench live story ${Date.now()}`,
    section: 'military',
    heroImage: template.heroImage,
    authors: template.authors,
    body: paragraphBody('Live coverage for the bench.'),
    liveStatus: 'open',
    _status: 'published',
  }),
})
const story = ((await created.json()) as { doc: { id: string; slug: string } }).doc

const savedAt = new Map<string, number>()
const latencies: number[] = []
const seen = new Map<string, number>()
const onEntry = (id: string, at: number) => {
  seen.set(id, (seen.get(id) ?? 0) + 1)
  const saved = savedAt.get(id)
  if (saved) latencies.push(at - saved)
}

const opening = Date.now()
for (let i = 0; i < tabs; i += 100) {
  await Promise.all(
    Array.from({ length: Math.min(100, tabs - i) }, () => openTab(story.slug, onEntry)),
  )
}
const openMs = Date.now() - opening
requests = 0

const idleSeconds = Number(args['idle-seconds'])
const idleCpu = cpuSeconds()
await sleep(idleSeconds * 1000)
const idle = { requests, cpu: cpuSeconds() - idleCpu }

requests = 0
const entryCount = Number(args.entries)
const interval = Number(args['entry-interval'])
const busyCpu = cpuSeconds()
const busyStart = Date.now()
for (let i = 0; i < entryCount; i += 1) {
  const response = await fetch(`${base}/api/liveEntries`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      article: story.id,
      headline: `Bench entry ${i}`,
      body: paragraphBody(`Entry ${i}`),
    }),
  })
  const { doc } = (await response.json()) as { doc: { id: string } }
  savedAt.set(doc.id, Date.now())
  await sleep(interval * 1000)
}
const busySeconds = (Date.now() - busyStart) / 1000
const busy = { requests, cpu: cpuSeconds() - busyCpu }
const delivered = [...savedAt.keys()].map((id) => seen.get(id) ?? 0)

const result = {
  tabs,
  openSeconds: openMs / 1000,
  idle: {
    seconds: idleSeconds,
    requestsPerSecond: idle.requests / idleSeconds,
    cpuPercentOfOneCore: (idle.cpu / idleSeconds) * 100,
  },
  addingEntries: {
    entries: entryCount,
    everySeconds: interval,
    requestsPerSecond: busy.requests / busySeconds,
    cpuPercentOfOneCore: (busy.cpu / busySeconds) * 100,
    tabsThatGotEachEntry: delivered,
    saveToTabMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      max: Math.max(...latencies),
    },
  },
}
console.log(JSON.stringify(result, null, 2))
agent.destroy()
process.exit(0)
