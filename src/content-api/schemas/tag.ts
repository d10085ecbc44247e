import { z } from 'zod'

import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { named } from './registry'

export const Tag = named(
  z.object({
    name: z.string().min(1),
    count: z.int().min(1).describe(`Published ${WEBSITE_SECTION_LABEL} articles with this tag`),
  }),
  { id: 'Tag' },
)

export type PublicTag = z.infer<typeof Tag>
