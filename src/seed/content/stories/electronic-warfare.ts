import type { SeedStory } from '../types'

export const electronicWarfare: SeedStory = {
  image: {
    key: 'electronic-warfare-mast',
    alt: 'A military truck with a tall antenna mast raised at the edge of a pine forest',
    caption: 'An electronic-warfare vehicle deployed during field trials.',
    credit: 'Reuters',
    palette: ['#1e2a22', '#5e7f62'],
  },
  article: {
    slug: 'gps-jamming-over-europe-prompts-military-navigation-backups',
    title: 'GPS jamming over Europe prompts armed forces to buy navigation backups',
    section: 'military',
    excerpt:
      'Widespread interference with satellite navigation near Europe’s eastern borders is pushing militaries to fit inertial and visual navigation to aircraft, ships and drones.',
    authorSlugs: ['daniel-okoye'],
    tags: ['electronic warfare', 'navigation', 'drones', 'baltic'],
    daysAgo: 42,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Persistent jamming and spoofing of satellite navigation signals near Europe’s eastern borders have pushed armed forces to buy backup navigation systems for aircraft, ships and drones, officials said. Civil aviation authorities have recorded thousands of incidents of interference in the past year, and military units in the region now assume that GPS will be unreliable in any crisis.',
      },
      {
        type: 'p',
        text: 'Jamming drowns out the weak signals from navigation satellites; spoofing broadcasts false ones that can lead a receiver to believe it is somewhere else. Both are cheap to do and hard to stop. A senior air force officer said pilots now train routinely for approaches without satellite guidance. "We fly as if GPS were a bonus, not a given," he said.',
      },
      { type: 'h2', text: 'Old methods, new sensors' },
      {
        type: 'ul',
        items: [
          'Improved inertial navigation units that drift less over long flights.',
          'Camera-based systems that compare the ground below with stored maps.',
          'Receivers with antennas that reject signals from the direction of jammers.',
        ],
      },
      {
        type: 'p',
        text: 'Drones are the most exposed, because many rely on cheap commercial receivers. Manufacturers now offer visual navigation modules that match landmarks against imagery, and some military drones can fly pre-programmed routes using inertial sensors alone. Ships are reviving terrestrial radio navigation and celestial fixes as fallbacks.',
      },
      { type: 'h2', text: 'A risk for civilians too' },
      {
        type: 'p',
        text: 'The interference affects airliners, ferries and even farm machinery. Aviation authorities have issued guidance to crews and asked governments to raise the matter diplomatically. Experts warn that spoofing in particular could cause accidents if crews trust false positions.',
      },
      { type: 'h3', text: 'Detecting the source' },
      {
        type: 'p',
        text: 'Military and civilian agencies are deploying sensors to locate jamming sources, partly to build evidence for diplomatic protests. Satellites can also detect powerful jammers from orbit. Locating a source does not stop it, however, and officials acknowledge that the practice is unlikely to end soon.',
      },
      {
        type: 'quote',
        text: 'Every system that depends on one signal from space has a single point of failure, and our adversaries know it.',
      },
      { type: 'h2', text: 'Standards to follow' },
      {
        type: 'p',
        text: 'The alliance is drafting a common standard for resilient navigation that member states could apply to new equipment. Industry groups expect the requirement to appear in most procurement contracts within two years, raising the cost of receivers but, officials argue, removing a serious weakness.',
      },
    ],
  },
}
