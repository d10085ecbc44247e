import { z } from 'zod'

import { itemEnvelope } from './common'

export const ViewResult = itemEnvelope(
  z.object({
    views: z.int().min(0).describe("The article's view count, including this view if counted"),
    counted: z
      .boolean()
      .describe('False for a repeat visit the same day, or a known bot: nothing was added'),
  }),
  'ViewResult',
  'The answer of the view counter.',
)

export type ViewResult = z.infer<typeof ViewResult>
