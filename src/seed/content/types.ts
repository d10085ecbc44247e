export type SeedBlock =
  { type: 'h2' | 'h3' | 'p' | 'quote'; text: string } | { type: 'ul' | 'ol'; items: string[] }

export type SeedAuthor = {
  slug: string
  name: string
  role: string
  bio: string
  email: string
  links: { x?: string; linkedin?: string; website?: string }
  avatarColor: string
}

export type SeedImage = {
  key: string
  alt: string
  caption: string
  credit: string
  creditUrl?: string
  palette: [string, string]
}

export type SeedArticle = {
  slug: string
  title: string
  section: 'military' | 'politics' | 'world' | 'economy'
  excerpt: string
  authorSlugs: string[]
  tags: string[]
  daysAgo: number
  hoursAgo?: number
  status: 'published' | 'draft'
  heroImageKey: string
  body: SeedBlock[]
}

/** One demo story: its text and the picture drawn for it. */
export type SeedStory = { article: Omit<SeedArticle, 'heroImageKey'>; image: SeedImage }
