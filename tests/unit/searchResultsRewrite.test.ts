import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import {
  searchQueryOf,
  searchResultsPath,
  searchResultsRewrite,
} from '@/site/search/searchResultsRewrite'

const rewrittenTo = (url: string) =>
  searchResultsRewrite(new NextRequest(url))?.headers.get('x-middleware-rewrite') ?? null

describe('search results rewrite', () => {
  it('should carry any words through the results path unchanged', () => {
    for (const words of ['radar', 'a/b 100% ?#&', 'Ünïcode “quotes”', '../../etc/passwd']) {
      const segment = searchResultsPath(words, 1).split('/')[3] ?? ''
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(searchQueryOf(segment)).toBe(words)
    }
  })

  it('should send a search with words and a page to its cached results path', () => {
    expect(rewrittenTo('http://localhost/search?q=%20drones%20&page=3')).toBe(
      `http://localhost${searchResultsPath('drones', 3)}`,
    )
    expect(rewrittenTo('http://localhost/search?q=drones&page=nope')).toBe(
      `http://localhost${searchResultsPath('drones', 1)}`,
    )
  })

  it('should leave the empty search form alone', () => {
    expect(rewrittenTo('http://localhost/search')).toBeNull()
    expect(rewrittenTo('http://localhost/search?q=%20%20')).toBeNull()
  })

  it('should read a segment that is not base64url as no words', () => {
    expect(searchQueryOf('not base64!')).toBe('')
    expect(searchQueryOf('%3Cscript%3E')).toBe('')
  })

  it('should cut words to the 200 characters the search box allows', () => {
    expect(searchQueryOf(searchResultsPath('x'.repeat(500), 1).split('/')[3] ?? '')).toHaveLength(
      200,
    )
  })
})
