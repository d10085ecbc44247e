import { rm } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { MEDIA, USERS } from '@collections/slugs'
import { env } from '@/platform/env'

import { pngBytes } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const { token } = await payload.login({
  collection: USERS,
  data: { email: users.editor.email, password: 'correct-horse-battery' },
})
const asEditor = { authorization: `JWT ${token}` }

describe('a picture whose file is gone from the media folder', () => {
  it('should answer 404, not 500, and still serve pictures whose files are there', async () => {
    const data = await pngBytes(640, 480)
    const media = await payload.create({
      collection: MEDIA,
      data: { alt: 'Lost picture' },
      file: { data, name: 'lost.png', mimetype: 'image/png', size: data.length },
    })
    fixtures.track(MEDIA, media.id)
    const file = `/api/media/file/${encodeURIComponent(media.filename ?? '')}`
    expect((await rest(file, { headers: asEditor })).status).toBe(200)

    await rm(path.join(env.mediaDir, media.filename ?? ''))
    const answer = await rest(file, { headers: asEditor })
    expect(answer.status).toBe(404)
    // Its sizes are still on disk and still served.
    const card = `/api/media/file/${encodeURIComponent(media.sizes?.card?.filename ?? '')}`
    expect((await rest(card, { headers: asEditor })).status).toBe(200)
  })
})
