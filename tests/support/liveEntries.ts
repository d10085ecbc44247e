import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { lexicalBody, paragraph, text } from '@/articles/body/lexicalBuilders'
import { LIVE_ENTRIES } from '@collections/slugs'
import type { LiveEntry, User } from '@/payload-types'

type EntryData = Partial<Omit<LiveEntry, 'id' | 'updatedAt' | 'createdAt'>> & { article: string }

const SCENE_UPDATE = lexicalBody(paragraph(text('An update from the scene.'))) as LiveEntry['body']

/** Live entries a test file added, removed again after its tests (before their stories go). */
export class LiveEntryFixtures {
  private created: string[] = []

  constructor(private readonly payload: Payload) {}

  async entry(data: EntryData, options: { user?: User } = {}): Promise<LiveEntry> {
    const access = options.user ? { user: options.user, overrideAccess: false } : {}
    const entry = await this.payload.create({
      collection: LIVE_ENTRIES,
      // Made by the system (no user): published unless said otherwise; a user's gets their default.
      data: {
        body: SCENE_UPDATE,
        ...(options.user ? {} : { status: 'published' }),
        ...data,
      } as RequiredDataFromCollectionSlug<typeof LIVE_ENTRIES>,
      ...access,
    })
    this.created.push(entry.id)
    return entry
  }

  async cleanup(): Promise<void> {
    for (const id of this.created.reverse()) {
      await this.payload.delete({ collection: LIVE_ENTRIES, id }).catch(() => undefined)
    }
    this.created = []
  }
}

/** A moment `minutes` from now, as entries store times. */
export const minutesFromNow = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000).toISOString()
