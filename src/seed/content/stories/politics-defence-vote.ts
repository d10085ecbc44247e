import type { SeedStory } from '../types'

export const politicsDefenceVote: SeedStory = {
  image: {
    key: 'parliament-chamber',
    alt: 'Members of parliament seated on green benches in a debating chamber',
    caption: 'The chamber during the debate on the defence bill.',
    credit: 'Parliamentary Recording Unit',
    palette: ['#1f3324', '#6a8a5e'],
  },
  article: {
    slug: 'parliament-passes-defence-bill-after-late-night-compromise',
    title: 'Parliament passes defence bill after late-night compromise on oversight',
    section: 'politics',
    excerpt:
      'The bill raising the defence budget cleared its final vote after the government accepted a new committee to scrutinise major procurement contracts.',
    authorSlugs: ['helen-marsh'],
    tags: ['budget', 'parliament'],
    daysAgo: 4,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Parliament has passed the government’s defence bill after ministers agreed, in a late-night compromise, to create a standing committee with powers to examine major procurement contracts before they are signed. The concession won over a group of backbenchers who had threatened to vote against the bill over cost overruns in recent programmes.',
      },
      {
        type: 'p',
        text: 'The bill raises the defence budget over five years and sets a legal target for spending as a share of national income. Opposition parties supported the increase in principle but argued that previous budgets had been poorly spent. The new committee will be able to call officials and company executives and to see commercially sensitive documents in private.',
      },
      { type: 'h2', text: 'What the compromise means' },
      {
        type: 'ul',
        items: [
          'Contracts above a set value must be reported to the committee before signature.',
          'The committee can delay, but not block, a contract for up to 30 days.',
          'An annual report on programme costs and delays will be published.',
        ],
      },
      {
        type: 'p',
        text: 'A backbench member who led the push for scrutiny said the aim was to catch problems early. "We keep finding out about disasters after the money is spent," she said. Ministers said the arrangement would not slow urgent purchases, which are exempt.',
      },
      { type: 'h2', text: 'Industry reaction' },
      {
        type: 'p',
        text: 'Defence companies welcomed the budget increase but warned that additional scrutiny could lengthen already slow procurement. Trade bodies asked for clear timelines so that contracts were not left in limbo. Analysts noted that similar committees operate in several other countries without causing significant delays.',
      },
      { type: 'h3', text: 'Next steps' },
      {
        type: 'p',
        text: 'The bill now goes to the upper house, where it is expected to pass without major changes. The committee will be formed after the summer recess, and its first task will be to review the largest programmes already under way.',
      },
      {
        type: 'quote',
        text: 'More money without more scrutiny would simply buy more of the same mistakes.',
      },
    ],
  },
}
