import path from 'node:path'

import { E2E } from './settings'

/** The database the test server uses (see server.ts): MongoDB when DATABASE_URI says so. */
const databaseUri = () =>
  process.env.DATABASE_URI || `file:${path.join(E2E.scratchDir, 'dispatch.db')}`

/**
 * Writes an article's body straight into the database, past every hook and validation, into the
 * document and all its versions: a body stored before bodies were checked, or by anyone who can
 * reach the database. What the site then does with it is up to the renderer alone.
 */
export async function storeBodyUnchecked(articleId: string, body: unknown): Promise<void> {
  const uri = databaseUri()
  if (uri.startsWith('mongodb')) {
    const { MongoClient, ObjectId } = await import('mongodb')
    const client = await MongoClient.connect(uri)
    try {
      const db = client.db()
      const id = ObjectId.isValid(articleId) ? new ObjectId(articleId) : articleId
      await db.collection('articles').updateOne({ _id: id as never }, { $set: { body } })
      await db
        .collection('_articles_versions')
        .updateMany({ parent: id as never }, { $set: { 'version.body': body } })
    } finally {
      await client.close()
    }
    return
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: uri })
  try {
    const json = JSON.stringify(body)
    await client.execute({
      sql: 'UPDATE articles SET body = ? WHERE id = ?',
      args: [json, articleId],
    })
    await client.execute({
      sql: 'UPDATE _articles_v SET version_body = ? WHERE parent_id = ?',
      args: [json, articleId],
    })
  } finally {
    client.close()
  }
}
