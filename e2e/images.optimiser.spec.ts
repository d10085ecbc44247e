import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { signedInRequest } from './support/admin'
import { pngFile } from './support/files'

/** The `/_next/image` addresses a page's HTML names, in `src` and every `srcset` candidate. */
async function imageUrlsOn(request: APIRequestContext, page: string): Promise<string[]> {
  const html = await (await request.get(page)).text()
  const urls = [...html.matchAll(/\/_next\/image\?url=[^"'\s,]+/g)].map((match) =>
    match[0].replaceAll('&amp;', '&'),
  )
  return [...new Set(urls)]
}

/** The file of the section front's lead picture, as the front asks the optimiser for it. */
async function aPublishedPicture(request: APIRequestContext): Promise<string> {
  const [first] = await imageUrlsOn(request, '/')
  expect(first, 'the front shows a picture').toBeDefined()
  return new URL(first ?? '', 'http://site').searchParams.get('url') ?? ''
}

const optimised = (file: string, width: number, quality = 75) =>
  `/_next/image?url=${encodeURIComponent(file)}&w=${width}&q=${quality}`

test('should serve every picture size the site’s pages ask for', async ({ request }) => {
  const { data } = await (await request.get('/api/v1/military/articles?limit=1')).json()
  const pages = ['/', '/military/page/2', `/military/${data[0].slug}`]
  const urls = (await Promise.all(pages.map((page) => imageUrlsOn(request, page)))).flat()
  expect(urls.length).toBeGreaterThan(5)
  for (const url of new Set(urls)) {
    expect((await request.get(url)).status(), url).toBe(200)
  }
})

test('should refuse, with 400, widths the pages never ask for', async ({ request }) => {
  const file = await aPublishedPicture(request)
  for (const width of [32, 640, 2048, 3840]) {
    expect((await request.get(optimised(file, width))).status(), `w=${width}`).toBe(400)
  }
})

test('should refuse, with 400, qualities the pages never ask for', async ({ request }) => {
  const file = await aPublishedPicture(request)
  for (const quality of [1, 50, 100]) {
    expect((await request.get(optimised(file, 828, quality))).status(), `q=${quality}`).toBe(400)
  }
})

test('should refuse, with 400, a picture address with a query string', async ({ request }) => {
  const file = await aPublishedPicture(request)
  // Each new `?v=` would otherwise be a new picture to decode and resize.
  expect((await request.get(optimised(`${file}?v=1`, 828))).status()).toBe(400)
})

test('should refuse, with 400, another spelling of a picture address', async ({ request }) => {
  const file = await aPublishedPicture(request)
  const respelled = file.replace('/api/media/file/', '/api/media/file/./')
  expect((await request.get(optimised(respelled, 828))).status()).toBe(400)
})

test('should answer a repeated picture request from the cache', async ({ request }) => {
  const [url] = await imageUrlsOn(request, '/military/page/2')
  expect(url).toBeDefined()
  await request.get(url ?? '')
  const again = await request.get(url ?? '')
  expect(again.status()).toBe(200)
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
})

test('should answer 404 for a picture that does not exist', async ({ request }) => {
  const response = await request.get(optimised('/api/media/file/no-such-picture.jpg', 828))
  expect(response.status()).toBe(404)
})

test('should answer 404, not the picture, for an unpublished picture', async ({
  playwright,
  baseURL,
  request,
}) => {
  const editor = await signedInRequest(playwright, baseURL, 'editor')
  const file = await pngFile('unpublished-optimiser.png')
  const created = await editor.post('/api/media', {
    multipart: { file, _payload: JSON.stringify({ alt: 'Not published yet' }) },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  const path = new URL(doc.url, 'http://site').pathname
  const response = await request.get(optimised(path, 828))
  expect(response.status()).toBe(404)
  await editor.delete(`/api/media/${doc.id}`)
  await editor.dispose()
})
