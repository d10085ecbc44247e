import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** A published story has been through the desk: it leaves the review queue as "ready". */
export const settleWorkflow: CollectionBeforeChangeHook<Article> = ({ data }) =>
  data._status === 'published' && data.workflow !== 'ready' ? { ...data, workflow: 'ready' } : data
