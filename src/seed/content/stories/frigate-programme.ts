import type { SeedStory } from '../types'

export const frigateProgramme: SeedStory = {
  image: {
    key: 'frigate-slipway',
    alt: 'The grey hull of an unfinished frigate on a slipway beside cranes in a shipyard',
    caption: 'The first hull of the new frigate class under construction.',
    credit: 'Ministry of Defence',
    palette: ['#1b2a3a', '#6f8fa8'],
  },
  article: {
    slug: 'frigate-programme-slips-a-year-as-shipyard-struggles-to-hire',
    title: 'Frigate programme slips a year as shipyard struggles to hire welders',
    section: 'military',
    excerpt:
      'The navy’s next anti-submarine frigates will enter service later than promised after the builder fell behind on hiring skilled workers, an internal review found.',
    authorSlugs: ['helen-marsh'],
    tags: ['navy', 'shipbuilding', 'procurement'],
    daysAgo: 6,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'The first of a new class of anti-submarine frigates will enter service about a year later than planned, after the shipyard building them failed to recruit enough welders, pipefitters and electricians, according to an internal programme review seen by Dispatch. The delay pushes the ship’s operational debut into the early 2030s and leaves the navy relying on older hulls for longer.',
      },
      {
        type: 'p',
        text: 'The review found that the yard had filled roughly 70 per cent of the skilled posts it needed for the current stage of construction. Rework on sections assembled by inexperienced crews added further weeks. A person familiar with the programme said the problems were "fixable but not quickly", because a qualified naval welder takes years to train.',
      },
      { type: 'h2', text: 'A workforce squeezed from every side' },
      {
        type: 'p',
        text: 'Shipyards compete for the same trades as energy projects, offshore wind farms and civilian construction, many of which pay more and offer steadier work. Defence programmes that start and stop with political cycles have found it hard to keep apprentices. The builder has opened a training academy and offered retention bonuses, but the first graduates will not reach the hull until next year.',
      },
      {
        type: 'ul',
        items: [
          'Hull one: first steel cut three years ago; float-out now expected next summer.',
          'Hulls two and three: block construction under way, schedules under review.',
          'Later ships: contract options still to be confirmed by the ministry.',
        ],
      },
      { type: 'h2', text: 'Ageing ships kept at sea' },
      {
        type: 'p',
        text: 'To cover the gap, the navy will extend the lives of two older frigates, refitting their sonar and propulsion. Officers acknowledge that older ships spend more time in maintenance and that crews are stretched across more hulls. A former fleet commander said the risk lay in the North Atlantic, where submarine activity has risen. "Anti-submarine warfare is about persistence. You need hulls in the water, every day," he said.',
      },
      { type: 'h3', text: 'Costs rise with delay' },
      {
        type: 'p',
        text: 'The review estimates that the slip will add several hundred million to the programme through extended overheads and the life-extension work on older ships. The ministry said the overall budget remained within its approved range and that it was working with the builder on a recovery plan.',
      },
      {
        type: 'quote',
        text: 'A frigate is built by people long before it is built of steel, and we did not plan for the people.',
      },
      { type: 'h2', text: 'Parliament to question officials' },
      {
        type: 'p',
        text: 'Members of the defence committee have asked the programme’s senior responsible owner to give evidence next month. They are expected to press for a firm date for the first ship’s acceptance and for details of how the yard will reach full staffing. The builder said it had hired 400 people this year and expected to recover part of the lost time once its academy graduates joined the workforce.',
      },
    ],
  },
}
