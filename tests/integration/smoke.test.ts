import { describe, expect, it } from 'vitest'

import { testPayload } from '../support/payload'

describe('smoke', () => {
  it('should start', async () => {
    const payload = await testPayload()
    const { totalDocs } = await payload.count({ collection: 'articles' })
    expect(totalDocs).toBe(0)
  })
})
