import type { SeedStory } from '../types'

export const airDefenceInterceptors: SeedStory = {
  image: {
    key: 'air-defence-battery',
    alt: 'Launcher vehicles of a ground-based air-defence battery parked in a row on a grey airfield',
    caption: 'Launchers of a medium-range air-defence battery during a readiness inspection.',
    credit: 'Al Jazeera',
    creditUrl: 'https://www.aljazeera.com',
    palette: ['#1d2b36', '#5d7a8c'],
  },
  article: {
    slug: 'europe-races-to-refill-air-defence-interceptor-stocks',
    title: 'Europe races to refill air-defence interceptor stocks as production lines strain',
    section: 'military',
    excerpt:
      'Governments have ordered more surface-to-air missiles in two years than in the previous decade, but factories are booked until the end of the decade and the bill is climbing.',
    authorSlugs: ['helen-marsh', 'sofia-lindqvist'],
    tags: ['air defence', 'procurement', 'missiles', 'nato'],
    daysAgo: 0,
    hoursAgo: 5,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'European governments have placed orders for more surface-to-air interceptors since the start of last year than in the whole of the previous decade, according to figures compiled from public contract notices, yet most of the missiles will not arrive before 2029. The backlog leaves several armies relying on stocks that planners privately describe as enough for weeks, not months, of high-intensity fighting.',
      },
      {
        type: 'p',
        text: 'The rush follows a simple lesson from recent wars: drones and cruise missiles are cheap to launch in large numbers, and every one of them that is shot down costs the defender an interceptor. A senior defence official involved in one of the joint purchasing programmes said the arithmetic had changed the conversation in ministries. "We used to buy air defence as a capability. Now we buy it as ammunition," the official said.',
      },
      { type: 'h2', text: 'Order books full until the end of the decade' },
      {
        type: 'p',
        text: 'Manufacturers have announced new lines and second shifts, but expanding output of guided missiles is slow. Seekers, rocket motors and the specialised energetic materials inside them come from a short list of suppliers, several of which already run at capacity. One industry executive described lead times for some components of more than 30 months.',
      },
      {
        type: 'p',
        text: 'Prices have risen accordingly. Contract values published by three governments suggest that the unit cost of a widely used medium-range interceptor has climbed by roughly a quarter in two years, once support and training packages are stripped out. Finance ministries that agreed to multi-year budgets are now being asked for more.',
      },
      {
        type: 'ul',
        items: [
          'Joint orders placed through European purchasing schemes now cover more than a dozen countries.',
          'At least four new production lines for interceptors or their rocket motors are under construction.',
          'Most deliveries from the largest contracts are scheduled between 2027 and 2030.',
        ],
      },
      { type: 'h2', text: 'Cheaper layers for cheaper threats' },
      {
        type: 'p',
        text: 'Planners are also trying to stop spending expensive missiles on inexpensive targets. Armies are buying gun-based systems, short-range missiles and electronic-warfare equipment to deal with drones, keeping the long-range interceptors for aircraft and ballistic missiles. Trials of high-energy lasers continue, although officials caution that they will not be fielded in numbers soon.',
      },
      { type: 'h3', text: 'Guns return to the battlefield' },
      {
        type: 'p',
        text: 'Self-propelled anti-aircraft guns, many of them retired a generation ago, are being refurbished or bought new with programmable airburst ammunition. A military analyst at a Scandinavian research institute said the shift was overdue. "A gun round costs a tiny fraction of a missile, and against a slow drone it does the job," she said.',
      },
      {
        type: 'quote',
        text: 'The side that runs out of interceptors first loses the air above its cities, whatever its fighters can do.',
      },
      { type: 'h2', text: 'What comes next' },
      {
        type: 'p',
        text: 'Defence ministers are expected to discuss a common stockpile target at their next meeting, alongside proposals to let governments swap delivery slots so that the most exposed countries receive missiles first. Industry groups want longer contracts in return for further investment. Whether treasuries accept that trade-off will decide how quickly the shelves are refilled.',
      },
    ],
  },
}
