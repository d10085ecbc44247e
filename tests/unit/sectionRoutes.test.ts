import { existsSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION } from '@collections/Articles/sections'

import { config as proxyConfig } from '../../proxy'

const root = path.resolve(import.meta.dirname, '../..')

// Next.js routes by folder name and reads the proxy's matcher as literals, so these three cannot
// be built from WEBSITE_SECTION: this keeps them in step with it.
describe('the website section in literal places', () => {
  it('should have the site and content API route folders named after the section', () => {
    expect(existsSync(path.join(root, 'app/(frontend)', WEBSITE_SECTION))).toBe(true)
    expect(existsSync(path.join(root, 'app/(content-api)/api/v1', WEBSITE_SECTION))).toBe(true)
  })

  it("should run the proxy on the section's paths", () => {
    expect(proxyConfig.matcher).toContain(`${SECTION_PATH}/:path*`)
  })
})
