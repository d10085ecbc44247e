import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { heading, lexicalBody, paragraph } from '../../src/articles/body/lexicalBuilders'

import { pngFile } from './files'
import { E2E } from './settings'

type Story = { id: string; slug: string; title: string }

/** Lexical JSON for a body with one subheading and one paragraph. */
export const simpleBody = (subheading: string, text: string) =>
  lexicalBody(heading('h2', subheading), paragraph(text))

/** The newsroom's REST API, signed in as the seeded admin, for arranging what readers will see. */
export class Newsroom {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext): Promise<Newsroom> {
    const login = await request.post('/api/users/login', { data: E2E.admin })
    expect(login.ok()).toBeTruthy()
    return new Newsroom(request, (await login.json()).token)
  }

  private get headers() {
    return { Authorization: `JWT ${this.token}` }
  }

  /** For a spec's own requests as the admin. */
  get authHeaders(): Record<string, string> {
    return this.headers
  }

  async author(name: string): Promise<{ id: string; slug: string }> {
    const response = await this.request.post('/api/authors', {
      data: { name, role: 'Defence Correspondent' },
      headers: this.headers,
    })
    expect(response.status()).toBe(201)
    return (await response.json()).doc
  }

  async image(alt: string): Promise<{ id: string }> {
    const file = await pngFile(`e2e-${Date.now()}.png`)
    const response = await this.request.post('/api/media', {
      headers: this.headers,
      multipart: { file, _payload: JSON.stringify({ alt, credit: 'Al Jazeera' }) },
    })
    expect(response.status()).toBe(201)
    return (await response.json()).doc
  }

  /** A complete Military story, published unless `_status: 'draft'` is given. */
  async story(fields: Record<string, unknown> = {}): Promise<Story> {
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
    const [author, image] = await Promise.all([
      this.author(`E2E Reporter ${stamp}`),
      this.image(`E2E picture ${stamp}`),
    ])
    const isDraft = fields._status === 'draft'
    const response = await this.request.post(`/api/articles${isDraft ? '?draft=true' : ''}`, {
      headers: this.headers,
      data: {
        title: `E2E story ${stamp}`,
        excerpt: 'A story made by the end-to-end tests.',
        section: 'military',
        heroImage: image.id,
        authors: [author.id],
        body: simpleBody('What happened', 'The end-to-end suite published this story.'),
        _status: 'published',
        ...fields,
      },
    })
    expect(response.status()).toBe(201)
    const { doc } = await response.json()
    return { id: doc.id, slug: doc.slug, title: doc.title }
  }

  async update(id: string, fields: Record<string, unknown>, draft = false): Promise<void> {
    const response = await this.request.patch(`/api/articles/${id}${draft ? '?draft=true' : ''}`, {
      headers: this.headers,
      data: fields,
    })
    expect(response.status()).toBe(200)
  }

  /** A published live entry of a story (as an editor's one save in the admin makes it). */
  async entry(fields: { article: string; headline: string }): Promise<{ id: string }> {
    const response = await this.request.post('/api/liveEntries', {
      headers: this.headers,
      data: { body: simpleBody('Update', `${fields.headline}, from the desk.`), ...fields },
    })
    expect(response.status()).toBe(201)
    return (await response.json()).doc
  }

  async remove(id: string): Promise<void> {
    const response = await this.request.delete(`/api/articles/${id}`, { headers: this.headers })
    expect(response.status()).toBe(200)
  }
}
