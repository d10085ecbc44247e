import type { SeedStory } from '../types'

export const defenceBudget: SeedStory = {
  image: {
    key: 'defence-ministry-building',
    alt: 'The stone facade of a government defence ministry building with flags above the entrance',
    caption: 'The defence ministry, where the spending review is being prepared.',
    credit: 'Reuters',
    palette: ['#2a2a33', '#8c8a7a'],
  },
  article: {
    slug: 'defence-spending-review-favours-ammunition-over-new-platforms',
    title: 'Defence spending review favours ammunition and repairs over new platforms',
    section: 'military',
    excerpt:
      'A draft of the spending review shifts money from flagship programmes to stockpiles, maintenance and housing, according to officials briefed on it.',
    authorSlugs: ['helen-marsh', 'daniel-okoye'],
    tags: ['budget', 'procurement', 'munitions'],
    daysAgo: 30,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'A draft of the government’s defence spending review would move several billion over the next five years from new equipment programmes into ammunition stockpiles, maintenance and accommodation, according to three officials briefed on its contents. The shift reflects a conclusion, reached after watching recent wars, that the armed forces have been "hollow": impressive on paper but short of the munitions and spares needed to fight for more than a few weeks.',
      },
      {
        type: 'p',
        text: 'The review does not cancel any major programme, the officials said, but slows several and reduces planned numbers of some aircraft and vehicles. Money saved would buy missiles, shells and spare engines, and repair barracks that have been criticised by inspectors. A final version is expected to be published before the summer.',
      },
      { type: 'h2', text: 'From shop window to stockroom' },
      {
        type: 'ul',
        items: [
          'More munitions: long-term contracts for artillery, air-defence and anti-tank missiles.',
          'More spares: engines, barrels and electronics so that more existing equipment works.',
          'Better housing: a multi-year programme to refurbish family and single-living quarters.',
          'Fewer new platforms: some deliveries stretched out over a longer period.',
        ],
      },
      {
        type: 'p',
        text: 'A former chief of defence procurement said the rebalancing was sensible but would anger industry and constituencies where factories are located. "New ships and jets bring ribbon-cuttings. Stockpiles bring nothing to photograph, and that is why they were neglected," he said.',
      },
      { type: 'h2', text: 'Industry pushes back' },
      {
        type: 'p',
        text: 'Companies that build aircraft and armoured vehicles warned that stretching programmes would raise their unit costs and could cost jobs. Trade associations argue that a steady flow of orders is needed to keep design teams together. Ammunition makers, by contrast, welcomed the prospect of long contracts that would justify new factories.',
      },
      { type: 'h3', text: 'The two per cent question' },
      {
        type: 'p',
        text: 'The review assumes that defence spending will rise gradually towards a higher share of national income, in line with allied commitments. Critics say the timetable is too slow and that the reshuffle within a fixed budget only moves the gaps around. The finance ministry has not yet agreed the later years of the plan.',
      },
      {
        type: 'quote',
        text: 'An army that cannot fight for more than a month is a deterrent only until someone checks.',
      },
      { type: 'h2', text: 'Next steps' },
      {
        type: 'p',
        text: 'The draft will be discussed by the cabinet in the coming weeks. Parliamentary committees have asked to see the assumptions behind it, including the stockpile levels the military is aiming for. Officials said those figures would remain classified but that a summary of the method would be published.',
      },
    ],
  },
}
