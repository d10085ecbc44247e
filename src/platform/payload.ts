import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance the site reads through (Local API: no HTTP hop). */
export const payload = () => getPayload({ config })
