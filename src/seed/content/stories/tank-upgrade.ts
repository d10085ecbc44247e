import type { SeedStory } from '../types'

export const tankUpgrade: SeedStory = {
  image: {
    key: 'main-battle-tank',
    alt: 'A main battle tank with a long gun barrel driving through mud on a training area',
    caption: 'A main battle tank on a training area after its upgrade.',
    credit: 'Ministry of Defence',
    palette: ['#2d2a1f', '#7a6f52'],
  },
  article: {
    slug: 'tank-upgrade-adds-active-protection-against-drones-and-missiles',
    title: 'Tank upgrade adds active protection against drones and missiles',
    section: 'military',
    excerpt:
      'The first upgraded tanks fitted with systems that detect and shoot down incoming missiles have been handed to a regiment, along with new roof armour against drones.',
    authorSlugs: ['sofia-lindqvist', 'helen-marsh'],
    tags: ['armour', 'land warfare', 'drones', 'procurement'],
    daysAgo: 39,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'The army has received the first main battle tanks upgraded with an active protection system, which uses small radars to detect incoming anti-tank missiles and rockets and fires a countermeasure to destroy them before impact. The tanks, handed to an armoured regiment this week, also carry additional roof protection against drones that attack from above.',
      },
      {
        type: 'p',
        text: 'Tank losses in recent wars have prompted armies to rethink how heavy armour survives on a battlefield watched by drones. Many vehicles were destroyed not by other tanks but by missiles and small explosive drones striking the thinner top armour. Active protection has been fitted to some armies’ vehicles for years, but European forces have been slow to adopt it.',
      },
      { type: 'h2', text: 'How the system works' },
      {
        type: 'ol',
        items: [
          'Radar panels around the turret watch for fast-moving objects heading towards the tank.',
          'A computer calculates the threat’s path within milliseconds.',
          'A launcher turns and fires a small charge that destroys or deflects the incoming round.',
        ],
      },
      {
        type: 'p',
        text: 'The system adds weight and draws power, and it poses a danger to infantry walking close to the tank, which means crews and soldiers must change their drills. A tank commander who tested it said the confidence it gave crews was significant. "You fight differently when you know the first missile will not be the last thing you see," he said.',
      },
      { type: 'h2', text: 'Drones are a different problem' },
      {
        type: 'p',
        text: 'Active protection systems were designed for missiles, which travel fast on predictable paths. Small drones are slower and can hover, and not all systems are designed to engage them. The upgrade therefore adds slatted and mesh screens above the turret and engine deck, and a jammer. Engineers are testing software changes so the radar can also track slower targets.',
      },
      { type: 'h3', text: 'Fleet-wide, eventually' },
      {
        type: 'p',
        text: 'Only part of the tank fleet will receive the full upgrade in the current programme. The rest will get the roof protection and jammers only, until more money is found. Officials said the first regiment would complete conversion training by the spring.',
      },
      {
        type: 'quote',
        text: 'The tank is not dead. The tank that cannot protect its roof is.',
      },
    ],
  },
}
