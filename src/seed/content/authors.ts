import type { SeedAuthor } from './types'

export const seedAuthors: SeedAuthor[] = [
  {
    slug: 'helen-marsh',
    name: 'Helen Marsh',
    role: 'Defence Correspondent',
    bio: 'Helen Marsh covers procurement, the armed forces and the defence industry. She spent eight years reporting from Brussels on NATO and has embedded with naval and air units on three continents.',
    email: 'helen.marsh@dispatch.example',
    links: {
      x: 'https://x.com/helenmarsh_def',
      website: 'https://dispatch.example/authors/helen-marsh',
    },
    avatarColor: '#2f4f3f',
  },
  {
    slug: 'daniel-okoye',
    name: 'Daniel Okoye',
    role: 'Security Editor',
    bio: 'Daniel Okoye edits the security desk and writes about cyber operations, intelligence and counter-terrorism. Before joining Dispatch he was a researcher at a policy institute working on arms control.',
    email: 'daniel.okoye@dispatch.example',
    links: { linkedin: 'https://www.linkedin.com/in/daniel-okoye-security' },
    avatarColor: '#3a3f5c',
  },
  {
    slug: 'sofia-lindqvist',
    name: 'Sofia Lindqvist',
    role: 'Military Analyst',
    bio: 'Sofia Lindqvist analyses land warfare, air defence and the lessons of recent wars for European armies. She served as a reserve officer in an artillery regiment and reports regularly from the Nordic and Baltic states.',
    email: 'sofia.lindqvist@dispatch.example',
    links: {
      x: 'https://x.com/sofialindqvist',
      website: 'https://dispatch.example/authors/sofia-lindqvist',
    },
    avatarColor: '#5c3a2e',
  },
]
