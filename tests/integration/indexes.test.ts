import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { env } from '@/platform/env'

import { setupNewsroom } from '../support/newsroom'

type Index = { columns: string[]; unique: boolean }

/** The indexes on the articles table or collection, read from the database itself. */
async function articleIndexes(payload: Payload): Promise<Index[]> {
  if (env.database.kind === 'mongodb') {
    const model = (payload.db as unknown as MongooseAdapter).collections[ARTICLES]
    if (!model) throw new Error('The MongoDB adapter has no model for articles')
    const indexes = await model.collection.indexes()
    return indexes.map((index) => ({
      columns: Object.keys(index.key),
      unique: Boolean(index.unique),
    }))
  }
  // The adapters type themselves apart from the base type Payload exposes.
  const { client } = payload.db as unknown as SQLiteAdapter
  const list = await client.execute(`PRAGMA index_list('${ARTICLES}')`)
  return Promise.all(
    list.rows.map(async (row) => {
      const columns = await client.execute(`PRAGMA index_info('${String(row.name)}')`)
      return {
        columns: columns.rows.map((column) => String(column.name)),
        unique: Number(row.unique) === 1,
      }
    }),
  )
}

/** Column names differ by adapter (published_at on SQLite, publishedAt on MongoDB). */
const normalise = (column: string) =>
  column.replace(/(?<=[a-z])_([a-z])/g, (_, letter: string) => letter.toUpperCase())

const { payload } = await setupNewsroom()

let indexes: Index[]

beforeAll(async () => {
  indexes = (await articleIndexes(payload)).map((index) => ({
    ...index,
    columns: index.columns.map(normalise),
  }))
})

describe(`article indexes (${env.database.kind})`, () => {
  it('should keep slugs unique in the database itself', () => {
    expect(indexes).toContainEqual({ columns: ['slug'], unique: true })
  })

  it('should index section, status and both newest-first sort keys together for every list', () => {
    expect(indexes).toContainEqual(
      expect.objectContaining({ columns: ['section', '_status', 'publishedAt', 'createdAt'] }),
    )
  })

  it('should index publication dates for newest-first lists', () => {
    expect(indexes.some((index) => index.columns[0] === 'publishedAt')).toBe(true)
  })
})
