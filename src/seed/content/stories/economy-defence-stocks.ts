import type { SeedStory } from '../types'

export const economyDefenceStocks: SeedStory = {
  image: {
    key: 'stock-exchange-board',
    alt: 'A large electronic board showing share prices above a trading floor',
    caption: 'Defence company shares have outperformed the wider market.',
    credit: 'Reuters',
    palette: ['#1a1f33', '#4f6fa3'],
  },
  article: {
    slug: 'defence-shares-outpace-market-as-order-books-swell',
    title: 'Defence shares outpace the market as order books swell',
    section: 'economy',
    excerpt:
      'European defence companies have doubled in value in two years, but investors are starting to ask whether factories can deliver what has been ordered.',
    authorSlugs: ['helen-marsh'],
    tags: ['industry', 'markets', 'budget'],
    daysAgo: 11,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Shares in European defence companies have roughly doubled in value over the past two years, far outpacing the wider stock market, as governments commit to higher military spending and order books reach record levels. But analysts say the next phase will depend less on new orders than on whether manufacturers can turn them into deliveries on time.',
      },
      {
        type: 'p',
        text: 'Order backlogs at the largest firms now represent several years of revenue. Companies have raised guidance repeatedly, and some have returned cash to shareholders through buybacks. Fund managers who once avoided the sector on ethical grounds have reconsidered, with several revising their policies to allow investment in conventional defence.',
      },
      { type: 'h2', text: 'From orders to output' },
      {
        type: 'ul',
        items: [
          'Supply chains: shortages of components and skilled workers limit growth.',
          'Margins: fixed-price contracts signed before inflation squeeze profits.',
          'Politics: budget plans can change with elections.',
        ],
      },
      {
        type: 'p',
        text: 'An equity analyst covering the sector said valuations now assumed flawless execution. "The market has priced in the orders. It has not priced in delays," he said. Several companies have warned of supply constraints, and one recently cut its delivery forecast, sending its shares down sharply for a day.',
      },
      { type: 'h2', text: 'Smaller suppliers squeezed' },
      {
        type: 'p',
        text: 'The boom has been uneven. Large prime contractors benefit from long-term contracts, while smaller suppliers face higher costs and struggle to finance expansion. Governments are considering loan guarantees and a dedicated investment fund to support the supply chain.',
      },
      { type: 'h3', text: 'What investors watch next' },
      {
        type: 'p',
        text: 'Analysts will look at budget plans in the largest European economies over the coming months and at quarterly delivery numbers. A slowdown in new orders would not necessarily hurt the companies, they said, given the size of existing backlogs.',
      },
      {
        type: 'quote',
        text: 'This is a rare industry where the customer has promised to keep buying for a decade. The risk is in making, not selling.',
      },
    ],
  },
}
