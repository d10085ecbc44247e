import type { SeedStory } from '../types'

export const balticExercise: SeedStory = {
  image: {
    key: 'baltic-landing',
    alt: 'Amphibious landing craft approaching a sandy beach under a cloudy sky',
    caption: 'Landing craft during an allied amphibious exercise on the Baltic coast.',
    credit: 'NATO',
    creditUrl: 'https://www.nato.int',
    palette: ['#22313f', '#7d9bb0'],
  },
  article: {
    slug: 'nato-baltic-exercise-tests-reinforcement-across-the-sea',
    title: 'NATO exercise in the Baltic tests how fast allies can reinforce across the sea',
    section: 'military',
    excerpt:
      'More than 40 ships and 12,000 troops rehearsed moving reinforcements to the Baltic states by sea, as planners worry about choke points and mines.',
    authorSlugs: ['sofia-lindqvist', 'helen-marsh'],
    tags: ['nato', 'navy', 'baltic', 'exercises'],
    daysAgo: 12,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'More than 40 warships and around 12,000 troops from 14 allied countries have completed a two-week exercise in the Baltic Sea that rehearsed moving reinforcements to the Baltic states by sea rather than overland. Commanders said the drills showed that the alliance could move a brigade’s worth of equipment across the water in days, but exposed gaps in mine clearance and port capacity.',
      },
      {
        type: 'p',
        text: 'The overland route to the Baltic states runs through a narrow corridor of land, which planners have long seen as vulnerable. Sea routes offer an alternative, but they pass close to hostile coastlines and through waters that are easy to mine. A senior allied naval officer said the exercise was designed to test exactly that. "If the land bridge is contested, the sea is how we get there," he said.',
      },
      { type: 'h2', text: 'Mines and ports' },
      {
        type: 'p',
        text: 'Mine-countermeasure ships cleared simulated minefields ahead of the convoys, using uncrewed underwater vehicles that map the seabed. The work was slower than hoped: the Baltic’s shallow, cluttered waters hide objects well, and the alliance’s fleet of specialised minehunters is small and ageing. Several navies are replacing them with systems built around drones operated from larger ships.',
      },
      {
        type: 'ul',
        items: [
          'Roll-on, roll-off ferries chartered from civilian operators carried most of the vehicles.',
          'Ports in three countries handled unloading, with rail links tested to move tanks inland.',
          'Air-defence ships escorted the convoys against simulated missile and drone attacks.',
        ],
      },
      { type: 'h2', text: 'Civilian ships, military tasks' },
      {
        type: 'p',
        text: 'Much of the heavy lift relied on commercial ferries and cargo ships, highlighting the alliance’s dependence on civilian shipping in a crisis. Officials are negotiating standing agreements with operators so that vessels and crews can be called on quickly. Insurance, crew consent and legal authority remain open questions.',
      },
      { type: 'h3', text: 'Lessons under review' },
      {
        type: 'p',
        text: 'A report on the exercise will go to allied defence ministers. Early findings include the need for more harbour protection against small boats and underwater drones, and for faster customs and rail procedures at the receiving ports. Logistics officers said paperwork delayed some units more than any simulated attack.',
      },
      {
        type: 'quote',
        text: 'The enemy we met most often in this exercise was the timetable.',
      },
      { type: 'h2', text: 'A larger drill next year' },
      {
        type: 'p',
        text: 'The alliance plans a larger exercise in the same waters next year, adding submarines and a live mine-clearance phase. Baltic governments have welcomed the focus on sea lines of communication but continue to press for more permanent allied forces on their territory. Allied officials said the two approaches were complementary rather than alternatives.',
      },
    ],
  },
}
