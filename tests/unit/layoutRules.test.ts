import path from 'node:path'

import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
let eslint: ESLint

/** The layout rules' complaints about one import written at a (not necessarily real) path. */
async function layoutErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n\nexport {}\n`, {
    filePath: path.join(root, file),
  })
  return (result?.messages ?? [])
    .filter((message) => /no-restricted-(paths|imports)$/.test(message.ruleId ?? ''))
    .map((message) => message.message)
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

describe('the import boundaries', () => {
  it('should refuse a domain imported by platform/', async () => {
    const errors = await layoutErrors(
      'src/platform/cache/example.ts',
      "import { listArticles } from '@/articles/reads/articles'\nvoid listArticles",
    )
    expect(errors.join()).toContain('platform/ serves every part of the newsroom')
  })

  it('should refuse the site imported by the content model', async () => {
    const errors = await layoutErrors(
      'collections/Articles/example.ts',
      "import { formatPublishedDate } from '@/site/format/publishedDate'\nvoid formatPublishedDate",
    )
    expect(errors.join()).toContain('The content model never imports the site')
  })

  it('should refuse a read or Payload imported by a component', async () => {
    const read = await layoutErrors(
      'src/site/components/Example.tsx',
      "import { findAuthor } from '@/people/reads/authors'\nvoid findAuthor",
    )
    expect(read.join()).toContain('Components take props; pages fetch')
    const payload = await layoutErrors(
      'src/views/Example.client.tsx',
      "import { getPayload } from 'payload'\nvoid getPayload",
    )
    expect(payload.join()).toContain('Components take props; pages fetch')
  })

  it('should refuse a collection config imported by a component', async () => {
    const errors = await layoutErrors(
      'src/site/components/Example.tsx',
      "import { Articles } from '@collections/Articles'\nvoid Articles",
    )
    expect(errors.join()).toContain('Components take props, not collection configs')
  })

  it('should refuse a route imported by a read', async () => {
    const errors = await layoutErrors(
      'src/articles/reads/example.ts',
      "import Layout from '../../../app/(frontend)/layout'\nvoid Layout",
    )
    expect(errors.join()).toContain('Routes import the domains, never the other way round')
  })

  it('should refuse one face of the newsroom importing another', async () => {
    const errors = await layoutErrors(
      'src/content-api/handlers/example.ts',
      "import { Byline } from '@/site/components/Byline'\nvoid Byline",
    )
    expect(errors.join()).toContain('The API is one face')
  })

  it('should allow what the layout allows', async () => {
    const errors = await layoutErrors(
      'src/site/components/Example.tsx',
      [
        "import type { PaginatedDocs } from 'payload'",
        "import { articlePath } from '@/articles/urls'",
        "import { formatViews } from '@/views/formatViews'",
        "import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'",
        'export type Page = PaginatedDocs',
        'void articlePath',
        'void formatViews',
        'void WEBSITE_SECTION_LABEL',
      ].join('\n'),
    )
    expect(errors).toEqual([])
  })
})
