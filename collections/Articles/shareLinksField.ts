import type { UIField } from 'payload'

/** The sidebar's "Share preview" box (editors only); it stores nothing on the article. */
export const shareLinksField: UIField = {
  name: 'shareLinks',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/newsroom/components/ShareLinks#ShareLinks' },
  },
}
