import type { SeedStory } from '../types'

export const militarySpace: SeedStory = {
  image: {
    key: 'satellite-ground-station',
    alt: 'Large white satellite dishes of a ground station pointing at the night sky',
    caption: 'Antennas at a military satellite ground station.',
    credit: 'European Space Agency',
    palette: ['#0f1626', '#3b4f7a'],
  },
  article: {
    slug: 'defence-ministries-turn-to-small-satellite-constellations',
    title: 'Defence ministries turn to constellations of small satellites for surveillance',
    section: 'military',
    excerpt:
      'Instead of a few large spy satellites, militaries are buying dozens of small ones that revisit the same spot every hour and are harder to knock out.',
    authorSlugs: ['daniel-okoye'],
    tags: ['space', 'intelligence', 'procurement'],
    daysAgo: 15,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Defence ministries are shifting money from a handful of large reconnaissance satellites to constellations of dozens of smaller ones, betting that frequent coverage and resilience matter more than the finest possible image. At least five European countries have signed contracts for radar or optical constellations in the past 18 months, most of them with commercial operators.',
      },
      {
        type: 'p',
        text: 'A traditional military imaging satellite can cost more than a billion and may pass over a given area only a few times a day. Constellations of small satellites, each the size of a suitcase or a fridge, can photograph the same place every hour or less. Synthetic-aperture radar models see through cloud and darkness, which matters over northern Europe for much of the year.',
      },
      { type: 'h2', text: 'Revisit beats resolution' },
      {
        type: 'p',
        text: 'Officials say the change comes from watching recent conflicts, where the ability to track movements of troops and vehicles over hours mattered more than counting rivets. "A perfect picture from yesterday is less useful than a good picture from twenty minutes ago," said a senior intelligence official who spoke on condition of anonymity.',
      },
      {
        type: 'ul',
        items: [
          'Radar satellites: all-weather, day-and-night imaging, increasingly the first purchase.',
          'Optical satellites: sharper pictures, limited by cloud and daylight.',
          'Ground processing: software that flags changes automatically is now a large part of the cost.',
        ],
      },
      { type: 'h2', text: 'Harder to blind' },
      {
        type: 'p',
        text: 'Resilience is the other argument. A single large satellite is a tempting target for anti-satellite weapons or jamming; a constellation of 30 can lose several and keep working. Military space commands have also started buying "tactically responsive" launches that can replace lost satellites within weeks.',
      },
      { type: 'h3', text: 'Relying on companies' },
      {
        type: 'p',
        text: 'Many of the new systems are owned and operated by private firms that sell imagery to several customers. That raises questions about priority in a crisis and about what happens if a company is bought by a foreign investor. Contracts increasingly include clauses that guarantee government control of tasking during emergencies.',
      },
      {
        type: 'quote',
        text: 'Space used to be a few crown jewels. Now it is a swarm, and a swarm is harder to kill.',
      },
      { type: 'h2', text: 'Data is the next problem' },
      {
        type: 'p',
        text: 'More satellites produce more images than analysts can read. Ministries are buying machine-learning tools that detect new vehicles, ships or earthworks and alert a human to look. Officials stress that decisions remain with people, but acknowledge that the volume of data would be unmanageable without automation. Budgets for ground stations and processing are expected to grow faster than those for the satellites themselves.',
      },
    ],
  },
}
