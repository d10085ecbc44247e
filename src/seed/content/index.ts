// placeholder until the demo content lands
import type { SeedArticle, SeedAuthor, SeedImage } from './types'
export type * from './types'
export const seedArticles: SeedArticle[] = []
export const seedAuthors: SeedAuthor[] = []
export const seedImages: SeedImage[] = []
