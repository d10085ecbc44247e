import type { SeedStory } from '../types'

export const shellProduction: SeedStory = {
  image: {
    key: 'artillery-shells',
    alt: 'Rows of 155mm artillery shell casings on pallets inside a factory hall',
    caption: 'Shell bodies awaiting filling at an ammunition plant.',
    credit: 'US Department of Defense',
    creditUrl: 'https://www.defense.gov',
    palette: ['#3a2a1a', '#a07a4a'],
  },
  article: {
    slug: 'artillery-shell-output-triples-but-explosives-remain-bottleneck',
    title: 'Artillery shell output triples, but explosives remain the bottleneck',
    section: 'military',
    excerpt:
      'Western plants now turn out three times as many 155mm shells as two years ago. The chemicals that fill them are the next constraint.',
    authorSlugs: ['helen-marsh', 'daniel-okoye'],
    tags: ['munitions', 'artillery', 'procurement', 'industry'],
    daysAgo: 9,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Production of 155mm artillery shells in Europe and North America has roughly tripled in two years, according to government statements and company results, as new forging lines and filling plants come on stream. But officials warn that supplies of the explosives and propellants that go into each round are now the main limit on how much further output can grow.',
      },
      {
        type: 'p',
        text: 'The shell body is a forged steel cylinder that many metalworking firms can make. Filling it requires high explosives such as TNT or RDX, and the charge that fires it needs nitrocellulose-based propellant. Only a handful of plants in the West make those materials at scale, and several closed after the end of the Cold War.',
      },
      { type: 'h2', text: 'Old chemistry, new factories' },
      {
        type: 'p',
        text: 'Governments have funded new nitrocellulose and TNT lines, but chemical plants take years to permit and build, and the raw materials, including cotton linters and nitric acid, are contested by other industries. An executive at one propellant maker said his company was turning away orders. "We can sell everything we make until the end of the decade," he said.',
      },
      {
        type: 'ol',
        items: [
          'Forging the steel body: capacity expanded fastest and is no longer the constraint.',
          'Filling with high explosive: limited by TNT and RDX supply.',
          'Propellant charges: limited by nitrocellulose, the tightest link today.',
          'Fuzes: improving, though electronic fuzes compete with civilian chip demand.',
        ],
      },
      { type: 'h2', text: 'What armies are using' },
      {
        type: 'p',
        text: 'Military planners estimate that a large land war consumes tens of thousands of shells a day at its most intense, far beyond peacetime production. Armies that donated stocks to allies are now rebuilding their own, competing for the same output. A defence analyst said the question was no longer whether industry could respond, but whether it could sustain the pace. "The surge worked. The marathon is harder," she said.',
      },
      { type: 'h3', text: 'Longer contracts wanted' },
      {
        type: 'p',
        text: 'Manufacturers want ten-year framework agreements before they invest further, arguing that they cannot build plants on the strength of annual budgets. Some governments have agreed; others prefer shorter commitments with options. Investors have welcomed the longer deals, and shares in several ammunition makers have more than doubled.',
      },
      {
        type: 'quote',
        text: 'You can forge a shell in minutes. The chemistry inside it takes a supply chain that we let wither for thirty years.',
      },
      { type: 'h2', text: 'The next two years' },
      {
        type: 'p',
        text: 'Officials expect two large propellant plants to begin production within eighteen months, which would lift output again. Until then, they say, armies will have to ration training ammunition and prioritise deliveries to units facing the greatest risk. Defence ministers are due to review progress against the joint production target at their next meeting.',
      },
    ],
  },
}
