import { LibsqlError } from '@libsql/client'
import { MongoNetworkError, MongoServerError } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/platform/database/unavailable'

describe('isDatabaseUnavailable', () => {
  it('should recognise a MongoDB that cannot be reached, also wrapped by Payload', () => {
    const network = new MongoNetworkError('connection refused')
    expect(isDatabaseUnavailable(network)).toBe(true)
    expect(isDatabaseUnavailable(new Error('find failed', { cause: network }))).toBe(true)
  })

  it('should recognise a locked or unreadable SQLite file', () => {
    expect(isDatabaseUnavailable(new LibsqlError('database is locked', 'SQLITE_BUSY'))).toBe(true)
    expect(isDatabaseUnavailable(new LibsqlError('disk I/O error', 'SQLITE_IOERR_READ'))).toBe(true)
  })

  it('should leave query errors and other failures alone', () => {
    expect(isDatabaseUnavailable(new MongoServerError({ message: 'bad query', code: 2 }))).toBe(
      false,
    )
    expect(isDatabaseUnavailable(new LibsqlError('no such table', 'SQLITE_ERROR'))).toBe(false)
    expect(isDatabaseUnavailable(new Error('anything'))).toBe(false)
    expect(isDatabaseUnavailable('not an error')).toBe(false)
  })
})
