import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { APIError } from 'payload'

import { KeyedLock } from './KeyedLock'

/** Saves of one document wait for each other; in-process (one server holds the SQLite file). */
const saves = new KeyedLock(10_000)

const CONTEXT_KEY = 'serialisedSaves'

/** `depth`: saves of the document within this one (a hook saving it again) still running. */
type Held = { release: () => void; base?: string; depth: number }
type HeldSaves = Map<string, Held>

function heldSaves(req: PayloadRequest): HeldSaves {
  const context = req.context as Record<string, unknown>
  const existing = context[CONTEXT_KEY]
  if (existing instanceof Map) return existing as HeldSaves
  const created: HeldSaves = new Map()
  context[CONTEXT_KEY] = created
  return created
}

function releaseAll(req: PayloadRequest | undefined) {
  if (!req) return
  const held = heldSaves(req)
  for (const save of held.values()) save.release()
  held.clear()
}

/** The `updatedAt` the client loaded and edited, sent back with the save (Payload's admin does). */
function baseOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('updatedAt' in data)) return undefined
  const { updatedAt } = data
  return typeof updatedAt === 'string' && updatedAt !== '' ? updatedAt : undefined
}

const sameInstant = (a: unknown, b: string) =>
  typeof a === 'string' && new Date(a).getTime() === new Date(b).getTime()

/**
 * Optimistic concurrency for one document's saves (update by id: REST PATCH, GraphQL, the admin,
 * the Local API). Each save takes the document's turn before Payload reads it, so two saves
 * never interleave their read and write; a save that names the `updatedAt` it was based on is
 * refused with 409 when the document has changed since (someone else saved in between). A save
 * without one is a plain save, run after the others: both stay in the version history.
 */
export function serialisedSaves<Slug extends CollectionSlug>(slug: Slug) {
  const key = (id: number | string) => `${slug}:${String(id)}`

  const takeTurn: CollectionBeforeOperationHook<Slug> = async ({ args, operation, req }) => {
    const id: unknown = (args as { id?: unknown }).id
    if (operation !== 'update' || (typeof id !== 'string' && typeof id !== 'number')) return args
    const held = heldSaves(req)
    const current = held.get(key(id))
    // A hook saving the same document again within this save already has the turn.
    if (current) {
      current.depth++
      return args
    }
    const release = await saves.acquire(key(id))
    held.set(key(id), { release, base: baseOf((args as { data?: unknown }).data), depth: 1 })
    return args
  }

  const refuseStale: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
    const id: unknown = originalDoc?.id
    if (operation !== 'update' || (typeof id !== 'string' && typeof id !== 'number')) return data
    const base = heldSaves(req).get(key(id))?.base
    if (base && !sameInstant(originalDoc?.updatedAt, base)) {
      throw new APIError(
        'Someone else saved this document after you opened it. Reload it to see their ' +
          'changes, then make yours again.',
        409,
        { updatedAt: originalDoc?.updatedAt },
        true,
      )
    }
    return data
  }

  const endTurn: CollectionAfterOperationHook<Slug> = ({ args, operation, result }) => {
    const { id, req } = args as { id?: unknown; req?: PayloadRequest }
    if (operation !== 'updateByID' || !req || (typeof id !== 'string' && typeof id !== 'number')) {
      return result
    }
    const held = heldSaves(req)
    const current = held.get(key(id))
    if (current && --current.depth === 0) {
      current.release()
      held.delete(key(id))
    }
    return result
  }

  // Failures through REST and GraphQL; a failed Local API save is let go by the lease (10 s).
  const endTurnOnError: CollectionAfterErrorHook = ({ req }) => {
    releaseAll(req)
  }

  return { takeTurn, refuseStale, endTurn, endTurnOnError }
}
