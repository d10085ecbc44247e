import type { SeedStory } from '../types'

export const draftAirForcePilots: SeedStory = {
  image: {
    key: 'fighter-cockpit',
    alt: 'The canopy of a fighter jet on a flight line with a pilot climbing in',
    caption: 'A pilot prepares for a training sortie.',
    credit: 'Dispatch',
    palette: ['#1c2533', '#8aa0b8'],
  },
  article: {
    slug: 'air-force-pilot-shortage-deepens-as-airlines-hire',
    title: 'Air force pilot shortage deepens as airlines hire aggressively',
    section: 'military',
    excerpt:
      'Experienced fighter pilots are leaving for airline jobs faster than the training pipeline can replace them, according to figures obtained by Dispatch.',
    authorSlugs: ['helen-marsh', 'sofia-lindqvist'],
    tags: ['air force', 'personnel'],
    daysAgo: 0,
    status: 'draft',
    body: [
      {
        type: 'p',
        text: 'The air force is losing experienced fighter pilots to commercial airlines faster than it can train replacements, according to figures obtained by Dispatch under freedom-of-information rules. The number of pilots leaving at the end of their return-of-service commitment has risen for three consecutive years, while the training pipeline remains slowed by a shortage of instructors and training aircraft.',
      },
      {
        type: 'p',
        text: 'Airlines recovering from a long slump have expanded their fleets and offer salaries well above military pay, with more predictable schedules. A former squadron commander said the loss of mid-career pilots was particularly damaging because they train the next generation.',
      },
      { type: 'h2', text: 'Instructors are the bottleneck' },
      {
        type: 'p',
        text: 'Each experienced pilot who leaves takes with him years of flying hours that cannot quickly be replaced. Training squadrons depend on the same pool of instructors, and when they leave, the pipeline slows further. The air force is considering hiring retired pilots as civilian instructors.',
      },
      {
        type: 'ul',
        items: [
          'Retention bonuses for pilots who extend their service.',
          'More simulator time to reduce demand on training aircraft.',
          'Contracted civilian instructors for early flying training.',
        ],
      },
      { type: 'h2', text: 'Awaiting the ministry’s response' },
      {
        type: 'p',
        text: 'The defence ministry has been asked to comment on the figures and on plans to improve retention. Editors’ note: confirm the final year’s numbers with the press office before publication, and add the comparison with allied air forces from the research desk.',
      },
      {
        type: 'quote',
        text: 'You can buy a new jet in three years. A flight lead takes ten.',
      },
    ],
  },
}
