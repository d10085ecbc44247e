import type { Article } from '@/payload-types'
import { formatRevisionTime } from '@/site/format/revisionTime'

const KIND_LABEL = { correction: 'Correction', update: 'Update' } as const

type Props = { notes: Article['corrections'] }

/** "Correction, 14 Oct 2025, 09:12: …" at the foot of the story, oldest first. */
export function ArticleNotes({ notes }: Props) {
  if (!notes?.length) return null
  return (
    <section className="article-notes" aria-labelledby="article-notes-title">
      <h2 id="article-notes-title">Corrections and updates</h2>
      <ol>
        {notes.map((note) => (
          <li key={note.id ?? note.at} className={`note note-${note.kind}`}>
            <strong>
              {KIND_LABEL[note.kind]}, <time dateTime={note.at}>{formatRevisionTime(note.at)}</time>
              :
            </strong>{' '}
            {note.text}
          </li>
        ))}
      </ol>
    </section>
  )
}
