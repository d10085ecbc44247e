import type { SeedStory } from '../types'

export const submarineProgramme: SeedStory = {
  image: {
    key: 'submarine-harbour',
    alt: 'The black sail of a submarine alongside a quay in a northern harbour',
    caption: 'A diesel-electric submarine returns to its home port after a patrol.',
    credit: 'Al Jazeera',
    creditUrl: 'https://www.aljazeera.com',
    palette: ['#101820', '#4a5a66'],
  },
  article: {
    slug: 'submarine-buyers-weigh-batteries-against-air-independent-power',
    title: 'Submarine buyers weigh lithium batteries against air-independent power',
    section: 'military',
    excerpt:
      'Navies choosing their next diesel-electric boats face a technical choice that shapes how long a submarine can stay hidden, and how much it costs.',
    authorSlugs: ['helen-marsh'],
    tags: ['submarines', 'navy', 'procurement'],
    daysAgo: 18,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Navies shopping for new conventional submarines are being asked to choose between two ways of staying submerged for longer: air-independent propulsion systems that generate power underwater, or large banks of lithium-ion batteries that store more energy than the lead-acid cells they replace. The decision affects endurance, speed, safety and price for boats that will serve for 30 years or more.',
      },
      {
        type: 'p',
        text: 'A conventional submarine running on lead-acid batteries must come near the surface every few days to run its diesel engines and recharge, the moment it is most likely to be detected. Air-independent propulsion, using fuel cells or closed-cycle engines, lets it stay down for two weeks or more at low speed. Lithium batteries, by contrast, give more power for sprints and recharge faster, but hold less total energy than a fuel-cell plant.',
      },
      { type: 'h2', text: 'Two philosophies' },
      {
        type: 'ul',
        items: [
          'Air-independent propulsion: long, slow patrols; needs oxygen and fuel stored aboard.',
          'Lithium-ion batteries: higher speed and faster recharging; fire safety demands careful design.',
          'Both together: the most capable option, and the most expensive.',
        ],
      },
      {
        type: 'p',
        text: 'Builders in Germany, France, Sweden, Spain, Japan and South Korea offer different mixes. Japan was the first to commission boats that rely on lithium batteries alone; European designs have leaned towards fuel cells. An engineer who has worked on both said the right answer depends on geography. "In a shallow, crowded sea you want to sit quietly for a long time. In open ocean you may want to move fast," he said.',
      },
      { type: 'h2', text: 'Safety and supply' },
      {
        type: 'p',
        text: 'Lithium cells raise the risk of fire in a sealed hull, and navies demand extensive testing before accepting them. Supply chains for battery-grade materials are also concentrated in a few countries, which worries procurement officials. Fuel-cell systems depend on specialised hydrogen storage that only a few firms can supply.',
      },
      { type: 'h3', text: 'Crews are the hidden cost' },
      {
        type: 'p',
        text: 'Whatever the propulsion, the hardest part of operating submarines is training crews. It takes years to qualify a commanding officer, and several navies report shortages of engineers. Automation can reduce crew size, but officers say it cannot replace experience.',
      },
      {
        type: 'quote',
        text: 'The best submarine in the world is useless alongside the quay because nobody is qualified to take her out.',
      },
      { type: 'h2', text: 'Decisions due this year' },
      {
        type: 'p',
        text: 'At least three navies are expected to select a design within the next twelve months, in competitions worth tens of billions over the life of the programmes. Industrial offsets and local construction will weigh as heavily as technical performance. Whichever propulsion wins, officials agree that the new boats will need to stay hidden longer than their predecessors as anti-submarine sensors improve.',
      },
    ],
  },
}
