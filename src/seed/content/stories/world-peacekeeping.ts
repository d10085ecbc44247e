import type { SeedStory } from '../types'

export const worldPeacekeeping: SeedStory = {
  image: {
    key: 'peacekeepers-convoy',
    alt: 'White armoured vehicles of a peacekeeping mission driving along a dusty road',
    caption: 'A peacekeeping convoy on a supply route.',
    credit: 'United Nations',
    creditUrl: 'https://www.un.org',
    palette: ['#3a3226', '#c2a878'],
  },
  article: {
    slug: 'peacekeeping-mission-mandate-renewed-with-smaller-force',
    title: 'Peacekeeping mission’s mandate renewed, but with a smaller force',
    section: 'world',
    excerpt:
      'The Security Council extended the mission for another year while cutting troop numbers by a fifth, as contributing countries bring soldiers home.',
    authorSlugs: ['daniel-okoye'],
    tags: ['peacekeeping', 'united nations'],
    daysAgo: 8,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'The Security Council has renewed the mandate of a long-running peacekeeping mission for another year but reduced its authorised strength by around a fifth, reflecting pressure on budgets and the withdrawal of several troop-contributing countries. Diplomats said the vote followed weeks of negotiation over the mission’s priorities.',
      },
      {
        type: 'p',
        text: 'The mission protects civilians and supports a fragile ceasefire in a region where armed groups remain active. Aid agencies warned that fewer troops would mean fewer patrols in remote areas. A diplomat involved in the talks said the council had tried to focus the remaining force on the most dangerous districts.',
      },
      { type: 'h2', text: 'Fewer troops, sharper focus' },
      {
        type: 'ul',
        items: [
          'Authorised troop numbers reduced by about 20 per cent.',
          'More helicopters and surveillance drones to cover larger areas.',
          'A review of the mission’s future due in six months.',
        ],
      },
      {
        type: 'p',
        text: 'Several European countries that contributed engineers and helicopters have withdrawn them to meet commitments closer to home. Their places are being taken partly by troops from other regions, but specialised capabilities are harder to replace. The mission’s commander told the council that medical evacuation remained a concern.',
      },
      { type: 'h2', text: 'A question of money' },
      {
        type: 'p',
        text: 'Peacekeeping budgets have come under strain as some large contributors pay late or seek reductions. Supporters of the mission argue that it costs far less than the instability it prevents. The host government has called for a gradual handover to its own security forces, which analysts say are not yet ready.',
      },
      { type: 'h3', text: 'Voices from the ground' },
      {
        type: 'p',
        text: 'Local civil society groups said patrols had reduced attacks on villages and urged the council not to cut further. Researchers who track violence in the area said the coming year would test whether a smaller force could hold the gains.',
      },
      {
        type: 'quote',
        text: 'A peacekeeper who is not there cannot protect anyone, however good the mandate looks on paper.',
      },
    ],
  },
}
