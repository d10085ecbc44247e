import config from '@payload-config'
import type { Payload } from 'payload'
import { getPayload } from 'payload'

/** The real Payload on the real test database (SQLite file, or MongoDB when DATABASE_URI says so). */
export const testPayload = (): Promise<Payload> => getPayload({ config })
