import { describe, expect, it } from 'vitest'

import { setupNewsroom } from '../support/newsroom'

const { payload } = await setupNewsroom()

describe('fields the MongoDB-protocol test server can run', () => {
  it('should have no join field in any collection (FerretDB has no $lookup)', () => {
    const joins = payload.config.collections.flatMap((collection) =>
      collection.flattenedFields
        .filter((field) => field.type === 'join')
        .map((field) => `${collection.slug}.${field.name}`),
    )
    expect(joins).toEqual([])
  })
})
