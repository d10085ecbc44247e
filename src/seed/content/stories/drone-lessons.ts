import type { SeedStory } from '../types'

export const droneLessons: SeedStory = {
  image: {
    key: 'drone-workshop',
    alt: 'Small quadcopter drones laid out on a workbench beside batteries and tools',
    caption: 'First-person-view drones being assembled at a military workshop.',
    credit: 'Reuters',
    palette: ['#2b2d1f', '#8a8f5a'],
  },
  article: {
    slug: 'armies-rewrite-training-around-cheap-attack-drones',
    title: 'Armies rewrite their training manuals around cheap attack drones',
    section: 'military',
    excerpt:
      'Infantry units are learning to fly, jam and hide from small drones as commanders conclude that the threat is now part of every company’s daily life, not a specialist problem.',
    authorSlugs: ['sofia-lindqvist'],
    tags: ['drones', 'training', 'land warfare'],
    daysAgo: 3,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Several European armies are rewriting basic infantry training to treat small attack drones as an everyday threat, according to training documents and interviews with instructors. Recruits who once spent their final weeks on marksmanship and fieldcraft now also learn to spot, report and shelter from drones, and each company is expected to field its own pilots.',
      },
      {
        type: 'p',
        text: 'The change reflects reporting from recent conflicts, where small first-person-view drones carrying a few hundred grams of explosive have accounted for a large share of casualties and destroyed vehicles. An instructor at a northern European training centre said his course had doubled the time spent on camouflage and dispersal. "Every soldier is now a target for something that costs less than his rifle," he said.',
      },
      { type: 'h2', text: 'Pilots in every company' },
      {
        type: 'p',
        text: 'Rather than keep drones in specialist units, armies are pushing them down to the lowest level. Platoons receive cheap reconnaissance quadcopters, and selected soldiers take a three-week course in flying attack drones with goggles. Simulators built on commercial racing software let trainees log hours without burning through airframes.',
      },
      {
        type: 'ol',
        items: [
          'Detect: listen and look for drones, and use small passive sensors where issued.',
          'Report: pass the sighting up quickly, with direction and type.',
          'Defeat or avoid: jam, shoot or move, and never stand in the open to watch.',
        ],
      },
      { type: 'h2', text: 'Jamming, and the answer to jamming' },
      {
        type: 'p',
        text: 'Portable jammers have become standard issue in some units, but engineers warn that the contest moves quickly. Drones guided by fibre-optic cable ignore radio jamming altogether, and others switch frequencies or fly the final metres on their own. A researcher who studies electronic warfare said no single countermeasure would last. "Whatever works this spring will be defeated by autumn," he said.',
      },
      { type: 'h3', text: 'Hiding has become a skill again' },
      {
        type: 'p',
        text: 'Instructors describe a return to older habits: vehicles parked under cover, radios used sparingly, trenches roofed over with netting. Thermal blankets that mask body heat are being bought in bulk. Units that cannot be seen, trainers say, are units that do not need to be defended.',
      },
      {
        type: 'quote',
        text: 'We used to teach camouflage as a chapter. Now it is the whole book.',
      },
      { type: 'h2', text: 'Budgets follow slowly' },
      {
        type: 'p',
        text: 'Procurement rules have struggled to keep up with a weapon that becomes obsolete within months. Some ministries have created fast-track funds that let units buy commercial components directly, with a ceiling on each order. Auditors have questioned the controls, but commanders argue that the alternative is buying last year’s drone next year. Parliamentary defence committees in at least two countries are expected to review the schemes before the next budget.',
      },
    ],
  },
}
