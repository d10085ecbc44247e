import { describe, expect, it } from 'vitest'

import { lexicalToHtml } from '@/articles/body/toHtml'

type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const node = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const doc = (...children: Node[]) => ({ root: node('root', children) })
const link = (url: string, extra: Node = {}) =>
  node('link', [text('the source')], { fields: { url, linkType: 'custom', ...extra } })
const paragraph = (...children: Node[]) => node('paragraph', children)

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
      doc(
        node('heading', [text('What changed')], { tag: 'h2' }),
        node('heading', [text('In detail')], { tag: 'h3' }),
        node('list', [node('listitem', [text('one')], { value: 1 })], {
          listType: 'bullet',
          tag: 'ul',
        }),
        node('quote', [text('We are ready')]),
      ),
    )
    expect(html).toMatch(/<h2>What changed<\/h2>/)
    expect(html).toMatch(/<h3>In detail<\/h3>/)
    expect(html).toMatch(/<ul[^>]*>\s*<li[^>]*>one<\/li>\s*<\/ul>/)
    expect(html).toMatch(/<blockquote[^>]*>We are ready<\/blockquote>/)
  })

  it('should keep the headline the only h1 by demoting stored h1 and unknown heading tags', () => {
    const html = lexicalToHtml(
      doc(
        node('heading', [text('Sneaky')], { tag: 'h1' }),
        node('heading', [text('Odd')], { tag: 'script' }),
      ),
    )
    expect(html).not.toMatch(/<h1|<script/)
    expect(html.match(/<h2>/g)).toHaveLength(2)
  })

  it('should escape markup typed as text', () => {
    const html = lexicalToHtml(
      doc(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)>'))),
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
      const html = lexicalToHtml(doc(paragraph(link(url))))
      expect(html, url).not.toContain('<a')
      expect(html, url).toContain('the source')
    }
  })

  it('should open external links with rel="noopener" and keep internal ones plain', () => {
    const external = lexicalToHtml(doc(paragraph(link('https://mod.example/report?a=1&b="2"'))))
    expect(external).toContain(
      '<a href="https://mod.example/report?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">',
    )
    const internal = lexicalToHtml(doc(paragraph(link('/military/another-story'))))
    expect(internal).toContain('<a href="/military/another-story">the source</a>')
  })

  it('should render inline images as figures with caption and credit line', () => {
    const html = lexicalToHtml(
      doc(node('upload', [], { relationTo: 'media', value: picture, fields: null })),
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
      doc(
        node('upload', [], {
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
    expect(lexicalToHtml(doc(node('html-embed', [], { html: '<script>1</script>' })))).toBe('')
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml('<p>not lexical</p>')).toBe('')
    expect(lexicalToHtml({ root: { type: 'root', children: [] } })).toBe('')
  })
})
