import type { SeedStory } from '../types'

export const armyRecruitment: SeedStory = {
  image: {
    key: 'recruits-parade',
    alt: 'A line of recruits in combat uniform standing at ease on a parade square',
    caption: 'New recruits at the end of basic training.',
    credit: 'Dispatch',
    palette: ['#2e3b2a', '#7c8f6a'],
  },
  article: {
    slug: 'army-misses-recruiting-target-for-fourth-year',
    title: 'Army misses its recruiting target for a fourth year running',
    section: 'military',
    excerpt:
      'Fewer than three quarters of the soldiers the army needed signed up last year, and more are leaving early. Ministers are promising faster medical checks and better pay.',
    authorSlugs: ['sofia-lindqvist'],
    tags: ['personnel', 'army', 'budget'],
    daysAgo: 21,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'The army recruited fewer than three quarters of the regular soldiers it needed in the last financial year, the fourth year in a row it has fallen short, according to figures released by the defence ministry. At the same time, the number of soldiers leaving before the end of their first engagement rose, leaving several infantry battalions well below their authorised strength.',
      },
      {
        type: 'p',
        text: 'Applications were not the main problem: the ministry said interest remained high. Instead, candidates dropped out during a process that can take many months, much of it spent waiting for medical clearance. An internal study found that every additional month in the pipeline cost a measurable share of applicants, who took civilian jobs instead.',
      },
      { type: 'h2', text: 'A slow front door' },
      {
        type: 'ol',
        items: [
          'Application and online tests: usually completed within a week.',
          'Medical records check: often the longest step, sometimes taking several months.',
          'Assessment centre and offer: delayed further when training places are full.',
        ],
      },
      {
        type: 'p',
        text: 'Ministers have promised to cut the time from application to offer to under 30 days by bringing medical checks in-house and relaxing rules on minor conditions such as childhood asthma and old sports injuries. Charities representing veterans welcomed the move but warned against lowering standards for roles that demand physical endurance.',
      },
      { type: 'h2', text: 'Keeping those who join' },
      {
        type: 'p',
        text: 'Retention is the other half of the problem. Surveys of serving personnel cite accommodation, frequent moves and pay that lags civilian jobs with similar skills. A former commanding officer said the service had to compete with employers who offered flexibility. "A young engineer can earn more and see his family every weekend. We have to give him a reason to stay," he said.',
      },
      { type: 'h3', text: 'Reserves as a bridge' },
      {
        type: 'p',
        text: 'The army is leaning more heavily on reservists to fill gaps, including in specialist roles such as cyber defence and medicine. Reservists bring civilian skills but have limited time, and employers are not always willing to release them for long deployments.',
      },
      {
        type: 'quote',
        text: 'You cannot surge soldiers. Every one we fail to recruit this year is a sergeant we will not have in ten.',
      },
      { type: 'h2', text: 'Pay review next spring' },
      {
        type: 'p',
        text: 'An independent pay review body will report in the spring, and the ministry has signalled it expects a rise above inflation for junior ranks. Opposition defence spokespeople said the measures were overdue and called for a target date to restore battalions to full strength. The ministry said it expected the recruiting shortfall to narrow this year as the faster process takes effect.',
      },
    ],
  },
}
