import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Runs in its own process, like the real server, so it does not share an event loop with the
// load generator.
const SERVER = `
const { readFileSync } = require('node:fs')
const { createServer } = require('node:http')
const body = readFileSync(process.argv[1])
const type = process.argv[2]
const server = createServer((request, response) => {
  response.writeHead(200, { 'content-type': type, 'content-length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
`

/**
 * The ceiling: a bare Node.js server answering every request with the same bytes the article
 * page returns. Nothing can serve that page faster on this machine.
 */
export async function startCeiling(html: Buffer, contentType: string) {
  const file = path.join(os.tmpdir(), `dispatch-ceiling-${process.pid}.html`)
  writeFileSync(file, html)
  const child = spawn(process.execPath, ['-e', SERVER, file, contentType], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
    child.once('exit', (code) => reject(new Error(`ceiling server exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill()
    },
  }
}
