import { z } from 'zod'

import { absoluteUrl, optionalText } from './common'
import { Image } from './image'
import { named } from './registry'

export const AuthorRef = named(
  z.object({
    name: z.string().min(1),
    slug: z.string().min(1),
    role: optionalText().describe('As in the byline, for example "Defence Correspondent"'),
    url: absoluteUrl().describe("The author's page on the website"),
    avatar: Image.nullable(),
  }),
  { id: 'AuthorRef', description: 'An author as credited on an article; the first is the byline.' },
)

export const Author = named(
  AuthorRef.extend({
    id: z.string().min(1),
    bio: optionalText(),
    links: z.object({
      x: absoluteUrl().nullable(),
      linkedin: absoluteUrl().nullable(),
      website: absoluteUrl().nullable(),
    }),
  }),
  { id: 'Author' },
)

export type PublicAuthorRef = z.infer<typeof AuthorRef>
export type PublicAuthor = z.infer<typeof Author>
