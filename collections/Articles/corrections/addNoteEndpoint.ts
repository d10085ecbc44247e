import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Article } from '@/payload-types'
import { canPublish } from '@/people/roles'

import { ARTICLES } from '../../slugs'
import { NOTE_KINDS } from './noteKinds'
import { ANNOUNCE_AS_CORRECTION } from '../hooks/announceToWebhooks'
import { NOTE_TO_ADD, type NoteToAdd } from './keepNotes'
import { checkNoteText } from './noteText'

const NoteRequest = z.object({
  kind: z.enum(NOTE_KINDS.map((kind) => kind.value) as [NoteToAdd['kind'], ...NoteToAdd['kind'][]]),
  text: z.string(),
})

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** Fields a save may not carry: the server works them out itself (or they are the record). */
function contentOf(article: Article): Partial<Article> {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    views: _views,
    searchText: _searchText,
    readingTime: _readingTime,
    createdBy: _createdBy,
    corrections: _corrections,
    revisedAt: _revisedAt,
    ...content
  } = article
  return content
}

async function readBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/**
 * POST /api/articles/:id/notes `{ kind, text }`: an editor adds a correction or an update to a
 * published story, live at once. The published version is saved again with the note (a new
 * entry in the version history); a draft in progress is neither published nor lost: it is put
 * back on top, carrying the note too.
 */
export const addNoteEndpoint: Endpoint = {
  path: '/:id/notes',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to add a note.')
    if (!canPublish(req.user)) return problem(403, 'Only editors may add corrections and updates.')
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return problem(404, 'Not found.')

    const parsed = NoteRequest.safeParse(await readBody(req))
    if (!parsed.success) return problem(400, 'Send { "kind": "correction" | "update", "text" }.')
    const note: NoteToAdd = { kind: parsed.data.kind, text: parsed.data.text.trim() }
    const textProblem = checkNoteText(note.text)
    if (textProblem !== true) return problem(400, textProblem)

    const read = {
      collection: ARTICLES,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    } as const
    const published = await req.payload.findByID({ ...read, draft: false })
    if (!published || published._status !== 'published') {
      return problem(409, 'Notes go on published stories: publish it first.')
    }
    const latest = await req.payload.findByID({ ...read, draft: true })
    const draftInProgress = latest?._status === 'draft' ? latest : null

    const asEditor = {
      collection: ARTICLES,
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
    } as const
    const updated = await req.payload.update({
      ...asEditor,
      data: { ...contentOf(published), _status: 'published' },
      draft: false,
      // Partners hear a correction as `article.corrected`; an update note as `article.updated`.
      context: { [NOTE_TO_ADD]: note, [ANNOUNCE_AS_CORRECTION]: note.kind === 'correction' },
    })
    if (draftInProgress) {
      await req.payload.update({
        ...asEditor,
        data: { ...contentOf(draftInProgress), _status: 'draft' },
        draft: true,
      })
    }
    return Response.json(
      { doc: { id: updated.id, corrections: updated.corrections, revisedAt: updated.revisedAt } },
      { status: 201 },
    )
  },
}
