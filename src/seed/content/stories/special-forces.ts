import type { SeedStory } from '../types'

export const specialForces: SeedStory = {
  image: {
    key: 'special-forces-boat',
    alt: 'A fast rigid inflatable boat with crew speeding across dark water at night',
    caption: 'A special operations boat team during a night exercise.',
    credit: 'Al Jazeera',
    creditUrl: 'https://www.aljazeera.com',
    palette: ['#0e1a24', '#35566e'],
  },
  article: {
    slug: 'special-forces-refocus-on-reconnaissance-for-large-scale-war',
    title: 'Special forces refocus on reconnaissance and sabotage for large-scale war',
    section: 'military',
    excerpt:
      'After two decades of counter-terrorism raids, special operations units are training again for deep reconnaissance behind enemy lines, with drones in their kit.',
    authorSlugs: ['daniel-okoye', 'sofia-lindqvist'],
    tags: ['special forces', 'drones', 'training'],
    daysAgo: 36,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Special operations units across Europe are shifting their training away from the counter-terrorism raids that dominated the past two decades and back towards deep reconnaissance and sabotage in a war between states, according to commanders and training material. The change brings back skills such as moving undetected for weeks and calling in long-range fires on targets far behind the front line.',
      },
      {
        type: 'p',
        text: 'In recent conflicts, small teams operating behind enemy lines have guided drones and missiles onto air-defence sites, command posts and supply routes. A commander of a northern European special forces unit said his teams now train with the assumption that they will be hunted by drones and electronic direction-finding from the moment they cross the line.',
      },
      { type: 'h2', text: 'Staying hidden in a transparent battlefield' },
      {
        type: 'p',
        text: 'Modern sensors make it hard to hide. Thermal cameras spot body heat, and any radio transmission can reveal a position. Teams are relearning old techniques such as moving only at night and transmitting in short bursts, while carrying new tools: small drones for their own reconnaissance and satellite links that are harder to detect.',
      },
      {
        type: 'ul',
        items: [
          'Longer patrols with less resupply, relying on caches and local support.',
          'Drones carried by the team for scouting and, in some units, for strikes.',
          'Strict discipline on electronic emissions, including personal phones.',
        ],
      },
      { type: 'h2', text: 'Working with conventional forces' },
      {
        type: 'p',
        text: 'The role only works if the information reaches artillery and missile units quickly. Exercises now link special forces teams directly to brigade fire-control cells, cutting the time from sighting to strike. Officers say this integration was rare during the counter-insurgency years, when special forces often operated on separate missions.',
      },
      { type: 'h3', text: 'Selection unchanged, emphasis shifted' },
      {
        type: 'p',
        text: 'Selection courses remain as demanding as before, but instructors look more closely at patience and the ability to endure long periods of inactivity. "The raid was about violence for ten minutes. This is about silence for ten days," one instructor said.',
      },
      {
        type: 'quote',
        text: 'Our job is no longer to kick in a door. It is to be the eyes that nobody knows are there.',
      },
      { type: 'h2', text: 'Cost of the change' },
      {
        type: 'p',
        text: 'New equipment, from lightweight thermal-masking clothing to secure communications, is being bought under urgent requirements. Governments rarely discuss special forces budgets publicly, but defence committee reports suggest spending on the units has risen. Further joint training with allied special forces is planned for the spring.',
      },
    ],
  },
}
