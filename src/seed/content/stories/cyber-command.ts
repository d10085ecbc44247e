import type { SeedStory } from '../types'

export const cyberCommand: SeedStory = {
  image: {
    key: 'cyber-operations-room',
    alt: 'Operators at rows of computer screens in a dimly lit operations room',
    caption: 'A cyber operations centre during a defensive exercise.',
    credit: 'NATO',
    creditUrl: 'https://www.nato.int',
    palette: ['#0d1b1e', '#2f7a6a'],
  },
  article: {
    slug: 'cyber-command-exercise-finds-gaps-in-military-logistics-networks',
    title: 'Cyber command exercise finds gaps in military logistics networks',
    section: 'military',
    excerpt:
      'Defenders kept combat systems running in a large cyber exercise, but simulated attackers reached the software that schedules fuel, spares and transport.',
    authorSlugs: ['daniel-okoye'],
    tags: ['cyber', 'logistics', 'exercises', 'nato'],
    daysAgo: 27,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'A large allied cyber-defence exercise has found that military logistics networks remain far easier to disrupt than weapons systems, according to officials who took part. Defending teams kept simulated air-defence and command networks running throughout the week-long drill, but red teams playing attackers reached the software that schedules fuel, spare parts and transport within the first two days.',
      },
      {
        type: 'p',
        text: 'Logistics systems are attractive targets because they connect to civilian suppliers, ports, railways and contractors, each a possible way in. "Nobody needs to hack a fighter jet if they can make sure it never gets fuel," said a senior official who helped design the scenario.',
      },
      { type: 'h2', text: 'The soft underbelly' },
      {
        type: 'p',
        text: 'Much military logistics software is commercial, run on ordinary business networks and shared with contractors. Updating and securing it competes with many other priorities. The exercise report recommends treating the most critical supply systems as combat systems, with dedicated defenders and the ability to run in an isolated mode if networks are compromised.',
      },
      {
        type: 'ul',
        items: [
          'Segregate the networks that plan fuel and ammunition from general business systems.',
          'Rehearse working on paper and local copies when software is unavailable.',
          'Require contractors to meet the same security standards as military units.',
        ],
      },
      { type: 'h2', text: 'People, not just software' },
      {
        type: 'p',
        text: 'Several successful simulated intrusions began with convincing emails to staff, or with passwords reused across systems. Trainers said the human side remained the most common weakness. Teams that practised switching to manual procedures recovered faster than those that relied on restoring systems from backups.',
      },
      { type: 'h3', text: 'Sharing what was learned' },
      {
        type: 'p',
        text: 'Participants will share detailed findings through classified channels, but organisers published a summary to encourage companies in the defence supply chain to test their own defences. Some of the attack techniques used were modelled on incidents reported publicly by security firms over the past two years.',
      },
      {
        type: 'quote',
        text: 'We defended the castle well. The problem is that the castle’s food comes down a road nobody was guarding.',
      },
      { type: 'h2', text: 'Money for defenders' },
      {
        type: 'p',
        text: 'Several governments have announced increases in cyber-defence budgets, though most of the new money goes to recruiting and retaining specialists, who can earn much more in the private sector. Officials said the next exercise would include the defence industry directly, with companies defending their own networks alongside military teams.',
      },
    ],
  },
}
