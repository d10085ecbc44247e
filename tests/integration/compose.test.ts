import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/** There is no Docker engine here: the compose file and Dockerfile are checked by reading them. */
const root = path.resolve(import.meta.dirname, '../..')

type Service = {
  image?: string
  build?: string | { context: string }
  command?: string[]
  ports?: string[]
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  volumes?: string[]
  healthcheck?: { test: string[]; interval: string; retries: number }
}
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> }

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as Compose
const mongo = compose.services.mongo
const app = compose.services.app

type Instruction = { keyword: string; args: string; stage: number }

/** Dockerfile lines as instructions (continuations joined, comments dropped), numbered by stage. */
function dockerfileInstructions(): Instruction[] {
  const text = readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ')
  let stage = -1
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/)
      if (keyword.toUpperCase() === 'FROM') stage++
      return { keyword: keyword.toUpperCase(), args: rest.join(' '), stage }
    })
}

const instructions = dockerfileInstructions()
const lastStage = Math.max(...instructions.map((i) => i.stage))
const runtime = instructions.filter((i) => i.stage === lastStage)

describe('docker-compose.yml', () => {
  it('should declare the mongo and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'mongo'])
  })

  it('should pin MongoDB 8', () => {
    expect(mongo?.image).toMatch(/^mongo:8(\.\d+)*$/)
  })

  it('should run MongoDB as a replica set', () => {
    expect(mongo?.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
  })

  it('should health-check MongoDB until it is primary', () => {
    expect(mongo?.healthcheck?.test.join(' ')).toMatch(/rs\.initiate/)
    expect(mongo?.healthcheck?.test.join(' ')).toMatch(/isWritablePrimary/)
    expect(mongo?.healthcheck?.interval).toBeTruthy()
    expect(mongo?.healthcheck?.retries).toBeGreaterThan(0)
  })

  it('should keep MongoDB data on a named volume', () => {
    expect(mongo?.volumes).toContain('mongo-data:/data/db')
    expect(compose.volumes).toHaveProperty('mongo-data')
  })

  it('should build the app from the Dockerfile and start it once MongoDB is healthy', () => {
    expect(app?.build).toBe('.')
    expect(app?.depends_on?.mongo?.condition).toBe('service_healthy')
    expect(app?.ports).toContain('3000:3000')
  })

  it('should point the app at the replica set and require a secret', () => {
    expect(app?.environment?.DATABASE_URI).toMatch(/^mongodb:\/\/mongo:27017\/\w+\?replicaSet=rs0$/)
    expect(app?.environment?.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
  })

  it('should keep uploaded media on a named volume', () => {
    expect(app?.environment?.MEDIA_DIR).toBe('/app/data/media')
    expect(app?.volumes).toContain('media:/app/data')
    expect(compose.volumes).toHaveProperty('media')
  })
})

describe('Dockerfile', () => {
  it('should build in several stages', () => {
    expect(instructions.filter((i) => i.keyword === 'FROM').length).toBeGreaterThanOrEqual(2)
  })

  it('should use a Debian-based Node image, which sharp supports', () => {
    for (const from of instructions.filter((i) => i.keyword === 'FROM')) {
      expect(from.args).toMatch(/^node:\d+-bookworm-slim\b/)
    }
  })

  it('should install from the lockfile', () => {
    expect(instructions.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true)
  })

  it('should build the standalone output and run its server', () => {
    expect(
      instructions.some((i) => i.keyword === 'ENV' && /NEXT_OUTPUT=standalone/.test(i.args)),
    ).toBe(true)
    expect(runtime.some((i) => i.keyword === 'COPY' && /\.next\/standalone/.test(i.args))).toBe(
      true,
    )
    // server.ts, bundled beside the standalone build: it records each client's socket address.
    expect(runtime.find((i) => i.keyword === 'CMD')?.args).toBe('["node", "dispatch-server.mjs"]')
  })

  it('should run as a non-root user', () => {
    const user = runtime.filter((i) => i.keyword === 'USER').at(-1)
    expect(user?.args).toBeTruthy()
    expect(user?.args).not.toMatch(/^(root|0)$/)
  })

  it('should keep data on a volume', () => {
    expect(runtime.find((i) => i.keyword === 'VOLUME')?.args).toContain('/app/data')
  })
})
