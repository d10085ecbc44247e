import { MongoClient } from 'mongodb'

/** Hides credentials when a connection string is echoed back in an error message. */
export const redactUri = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//…@')

/**
 * Asks MongoDB for `hello` within the timeout. Returns a one-line explanation when it cannot be
 * reached, so a start fails fast and says why instead of hanging or dumping a driver stack.
 */
export async function checkMongoReachable(uri: string, timeoutMs = 5000): Promise<string | null> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  })
  try {
    await client.connect()
    await client.db().command({ hello: 1 })
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `Cannot reach MongoDB at ${redactUri(uri)} within ${timeoutMs / 1000} s: ${reason}`
  } finally {
    await client.close().catch(() => undefined)
  }
}
