import { describe, expect, it } from 'vitest'

import { isNonCanonicalPictureRequest } from '@/platform/http/isNonCanonicalPictureRequest'

const optimiser = (url: string) => `/_next/image?url=${encodeURIComponent(url)}&w=828&q=75`

describe('image optimiser requests', () => {
  it.each([
    '/api/media/file/a-1600x900.webp',
    '/api/media/file/photo%20one.jpg',
    '/api/media/file/a.webp?v=1',
  ])('should let %s through (the optimiser judges the rest)', (url) => {
    expect(isNonCanonicalPictureRequest(optimiser(url))).toBe(false)
  })

  it.each([
    '/api/media/file/./a.webp',
    '/api/media/file/x/../a.webp',
    '/api/media/file/%61.webp',
    '/api/media/file/a.webp#top',
    '/api/media/file/%zz.webp',
  ])('should refuse the other spelling %s', (url) => {
    expect(isNonCanonicalPictureRequest(optimiser(url))).toBe(true)
  })

  it('should leave other paths alone', () => {
    expect(isNonCanonicalPictureRequest('/api/media/file/./a.webp')).toBe(false)
  })
})
