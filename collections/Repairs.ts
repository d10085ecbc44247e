import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/people/access/editorOrAdmin'

import { REPAIRS } from './slugs'

const systemOnly = () => false

/**
 * What the start-up repair (src/platform/validation/repairUnreadableDates.ts) took out of a
 * document so it could be read again: which field, and the value it held, for the newsroom to
 * put right by hand. Written only by that repair, through the Local API.
 */
export const Repairs: CollectionConfig<typeof REPAIRS> = {
  slug: REPAIRS,
  labels: { singular: 'Repair', plural: 'Repairs' },
  access: { read: editorOrAdmin, create: systemOnly, update: systemOnly, delete: systemOnly },
  admin: {
    group: 'System',
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'documentCollection', 'documentId', 'createdAt'],
    description: 'Values taken out of documents at start-up because they could not be read.',
  },
  graphQL: false,
  fields: [
    { name: 'summary', type: 'text', required: true },
    { name: 'documentCollection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'field', type: 'text', required: true },
    { name: 'originalValue', type: 'text' },
  ],
}
