import type { SeedStory } from '../types'

export const draftMunitionsDepot: SeedStory = {
  image: {
    key: 'munitions-depot',
    alt: 'Grass-covered earth bunkers of an ammunition depot behind a security fence',
    caption: 'Storage bunkers at an ammunition depot.',
    credit: 'Ministry of Defence',
    palette: ['#25301f', '#6b7d4f'],
  },
  article: {
    slug: 'ammunition-depots-need-rebuilding-to-store-new-stocks',
    title: 'Ammunition depots need rebuilding before new stocks can be stored',
    section: 'military',
    excerpt:
      'Many storage sites were closed or neglected after the Cold War; the ammunition now being ordered will need somewhere safe to go.',
    authorSlugs: ['daniel-okoye'],
    tags: ['munitions', 'logistics', 'infrastructure'],
    daysAgo: 1,
    status: 'draft',
    body: [
      {
        type: 'p',
        text: 'The surge in ammunition orders has exposed a less visible problem: many of the depots needed to store it safely were closed, sold or left to decay after the end of the Cold War. Officials estimate that several new storage sites will be needed, and that existing ones require repairs to meet modern safety rules.',
      },
      {
        type: 'p',
        text: 'Explosives must be stored with strict separation distances and protection against fire and lightning. Planning permission for new sites is slow, and local opposition is common. A logistics officer said the issue had been overlooked in the rush to sign contracts.',
      },
      { type: 'h2', text: 'Where will it all go?' },
      {
        type: 'ul',
        items: [
          'Refurbishing bunkers at surviving depots.',
          'Dispersing stocks across more sites to reduce vulnerability to attack.',
          'Using allied facilities for some stocks under shared agreements.',
        ],
      },
      {
        type: 'p',
        text: 'Dispersal has a military logic as well: concentrating stocks in a few large depots makes them tempting targets for long-range missiles. Planners prefer many smaller sites, which are costlier to guard.',
      },
      { type: 'h2', text: 'Still to report' },
      {
        type: 'p',
        text: 'Editors’ note: waiting for the estate agency’s figures on depot condition and for a response from the local council near the proposed new site. Do not publish before both are in.',
      },
      {
        type: 'quote',
        text: 'We ordered the shells before we asked where we would keep them.',
      },
    ],
  },
}
