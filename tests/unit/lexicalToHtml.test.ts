import { describe, expect, it } from 'vitest'

import {
  element,
  heading,
  lexicalBody,
  link,
  list,
  paragraph,
  quote,
} from '@/articles/body/lexicalBuilders'
import { lexicalToHtml } from '@/articles/body/toHtml'

const sourceLink = (url: string) => link({ url, linkType: 'custom' }, 'the source')

const picture = {
  id: 'm1',
  alt: 'A frigate at sea',
  caption: 'HMS Example on patrol',
  credit: 'Al Jazeera',
  creditUrl: 'https://aljazeera.example/photo',
  mimeType: 'image/jpeg',
  url: '/api/media/file/frigate.jpg',
  width: 2400,
  height: 1350,
  sizes: {
    card: { url: '/api/media/file/frigate-640.webp', width: 640, height: 360 },
    hero: { url: '/api/media/file/frigate-1600.webp', width: 1600, height: 900 },
  },
}

describe('lexicalToHtml', () => {
  it('should render subheadings, lists and quotes as semantic HTML', () => {
    const html = lexicalToHtml(
      lexicalBody(
        heading('h2', 'What changed'),
        heading('h3', 'In detail'),
        list('bullet', ['one']),
        quote('We are ready'),
      ),
    )
    expect(html).toMatch(/<h2>What changed<\/h2>/)
    expect(html).toMatch(/<h3>In detail<\/h3>/)
    expect(html).toMatch(/<ul[^>]*>\s*<li[^>]*>one<\/li>\s*<\/ul>/)
    expect(html).toMatch(/<blockquote[^>]*>We are ready<\/blockquote>/)
  })

  it('should keep the headline the only h1 by demoting stored h1 and unknown heading tags', () => {
    const html = lexicalToHtml(
      // Tags the editor never offers, stored through the API on purpose.
      lexicalBody(
        element('heading', ['Sneaky'], { tag: 'h1' }),
        element('heading', ['Odd'], { tag: 'script' }),
      ),
    )
    expect(html).not.toMatch(/<h1|<script/)
    expect(html.match(/<h2>/g)).toHaveLength(2)
  })

  it('should escape markup typed as text', () => {
    const html = lexicalToHtml(
      lexicalBody(paragraph('<script>alert(1)</script><img src=x onerror=alert(1)>')),
    )
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('should drop links with script, data or other unsafe schemes but keep their text', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      '//evil.example/path',
    ]) {
      const html = lexicalToHtml(lexicalBody(paragraph(sourceLink(url))))
      expect(html, url).not.toContain('<a')
      expect(html, url).toContain('the source')
    }
  })

  it('should open external links with rel="noopener" and keep internal ones plain', () => {
    const external = lexicalToHtml(
      lexicalBody(paragraph(sourceLink('https://mod.example/report?a=1&b="2"'))),
    )
    // The address as a browser resolves it: quotes percent-encoded, & escaped.
    expect(external).toContain(
      '<a href="https://mod.example/report?a=1&amp;b=%222%22" rel="noopener noreferrer">',
    )
    const internal = lexicalToHtml(lexicalBody(paragraph(sourceLink('/military/another-story'))))
    expect(internal).toContain('<a href="/military/another-story">the source</a>')
  })

  it('should render inline images as figures with caption and credit line', () => {
    const html = lexicalToHtml(
      lexicalBody(element('upload', [], { relationTo: 'media', value: picture, fields: null })),
    )
    expect(html).toMatch(
      /^<figure class="inline-image"><img src="\/api\/media\/file\/frigate-1600.webp"/,
    )
    expect(html).toContain('alt="A frigate at sea"')
    expect(html).toContain(
      'srcset="/api/media/file/frigate-640.webp 640w, /api/media/file/frigate-1600.webp 1600w"',
    )
    expect(html).toContain(
      '<figcaption><span>HMS Example on patrol</span> <span class="credit">This image is taken from <a href="https://aljazeera.example/photo" rel="noopener noreferrer">Al Jazeera</a></span></figcaption>',
    )
  })

  it('should escape hostile media fields and refuse a script credit link', () => {
    const html = lexicalToHtml(
      lexicalBody(
        element('upload', [], {
          relationTo: 'media',
          fields: null,
          value: {
            ...picture,
            alt: '"><script>alert(1)</script>',
            credit: '<b>x</b>',
            creditUrl: 'javascript:alert(1)',
          },
        }),
      ),
    )
    expect(html).not.toMatch(/<script|<b>|javascript:/)
    expect(html).toContain('This image is taken from &lt;b&gt;x&lt;/b&gt;')
  })

  it('should leave out nodes it does not know and survive malformed input', () => {
    expect(
      lexicalToHtml(lexicalBody(element('html-embed', [], { html: '<script>1</script>' }))),
    ).toBe('')
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml('<p>not lexical</p>')).toBe('')
    expect(lexicalToHtml({ root: { type: 'root', children: [] } })).toBe('')
  })
})
