import type { SeedStory } from '../types'

export const hypersonicTest: SeedStory = {
  image: {
    key: 'missile-test-range',
    alt: 'A bright exhaust trail rising from a launch site on a coastal test range at dusk',
    caption: 'A test launch from a coastal missile range.',
    credit: 'US Department of Defense',
    creditUrl: 'https://www.defense.gov',
    palette: ['#2a1a2e', '#c06a3a'],
  },
  article: {
    slug: 'hypersonic-glide-vehicle-test-ends-in-partial-success',
    title: 'Hypersonic glide vehicle test ends in partial success, officials say',
    section: 'military',
    excerpt:
      'The glide body separated and manoeuvred as planned but fell short of its target area, adding to questions about the cost and timing of the programme.',
    authorSlugs: ['daniel-okoye', 'sofia-lindqvist'],
    tags: ['missiles', 'hypersonics', 'testing'],
    daysAgo: 24,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'A flight test of a hypersonic glide vehicle ended in what defence officials called a partial success this week, after the glide body separated from its booster and manoeuvred at more than five times the speed of sound but came down short of the planned impact area. Engineers are analysing telemetry to find out why it lost energy faster than expected.',
      },
      {
        type: 'p',
        text: 'Hypersonic glide vehicles are launched on rockets and then skim through the upper atmosphere at very high speed, changing course to make interception difficult. Several countries are developing them, and the programmes have become a symbol of military-technical competition. They are also expensive: each test can cost tens of millions, and failures have delayed several projects.',
      },
      { type: 'h2', text: 'What worked and what did not' },
      {
        type: 'ul',
        items: [
          'The booster performed normally and released the glide body at the planned altitude.',
          'The vehicle completed manoeuvres and transmitted data throughout the flight.',
          'It lost speed earlier than predicted and fell short of the target area.',
        ],
      },
      {
        type: 'p',
        text: 'A programme official said the data collected would be valuable regardless of the shortfall. "Flight tests exist to find what the models got wrong. This one did," the official said. Independent analysts noted that heat management at hypersonic speeds remains one of the hardest problems, because the vehicle’s surface reaches temperatures that alter its aerodynamics.',
      },
      { type: 'h2', text: 'Defence against hypersonics' },
      {
        type: 'p',
        text: 'The effort to build such weapons is matched by work on defending against them. Tracking a glide vehicle requires sensors in space and on the ground that can follow a target changing direction at great speed. Interceptors designed to hit it in the glide phase are still years from service.',
      },
      { type: 'h3', text: 'Budget pressure' },
      {
        type: 'p',
        text: 'Legislators have questioned whether the money would be better spent on cheaper long-range missiles that can be bought in larger numbers. Supporters argue that speed and manoeuvrability are needed to reach heavily defended targets. The next budget will include funding for at least two further tests.',
      },
      {
        type: 'quote',
        text: 'Going fast is the easy part. Going fast, steering, surviving the heat and hitting something is the hard part.',
      },
      { type: 'h2', text: 'Another flight within months' },
      {
        type: 'p',
        text: 'Officials expect the next flight test within six months, once changes to the vehicle’s thermal protection are complete. The programme’s stated goal of fielding an initial capability within two years now looks ambitious, analysts said, although the office leading it has not announced a change to its schedule.',
      },
    ],
  },
}
