import { gzipSync } from 'node:zlib'

/** The page's HTML and the JavaScript it loads on first visit, both gzipped as sent. */
export async function pageWeight(baseUrl: string, path: string) {
  const html = await (await fetch(`${baseUrl}${path}`)).text()
  const scripts = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.js/g) ?? [])]
  let javascriptBytes = 0
  for (const script of scripts) {
    const body = Buffer.from(await (await fetch(`${baseUrl}${script}`)).arrayBuffer())
    javascriptBytes += gzipSync(body).length
  }
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    firstLoadJsGzipBytes: javascriptBytes,
    scripts: scripts.length,
  }
}
