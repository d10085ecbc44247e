import type { SeedStory } from '../types'

export const arcticSecurity: SeedStory = {
  image: {
    key: 'arctic-patrol',
    alt: 'Soldiers on skis crossing a snowfield towards a line of dark mountains',
    caption: 'Troops on an Arctic training patrol.',
    credit: 'Norwegian Armed Forces',
    palette: ['#1f2f3f', '#c9d6df'],
  },
  article: {
    slug: 'nordic-armies-pool-arctic-training-as-high-north-draws-attention',
    title: 'Nordic armies pool Arctic training as the High North draws more attention',
    section: 'military',
    excerpt:
      'Norway, Sweden and Finland are merging cold-weather courses and sharing equipment depots, as allies send more troops to learn to fight in the far north.',
    authorSlugs: ['sofia-lindqvist'],
    tags: ['arctic', 'nato', 'training', 'land warfare'],
    daysAgo: 33,
    status: 'published',
    body: [
      {
        type: 'p',
        text: 'Norway, Sweden and Finland are combining their Arctic warfare training and sharing equipment depots in the far north, defence officials in the three countries said, as allied armies send more troops to learn to live and fight in extreme cold. Courses that each country ran separately will be offered jointly from next winter, with instructors rotating between training areas.',
      },
      {
        type: 'p',
        text: 'The High North has gained strategic importance as sea ice retreats and military activity in the region increases. With all three Nordic states now in the alliance, planners can treat the northern parts of Scandinavia and Finland as a single area of operations. "Our borders used to divide the terrain. Now the terrain is one problem, and we should train for it together," a Finnish officer said.',
      },
      { type: 'h2', text: 'Cold is the first enemy' },
      {
        type: 'p',
        text: 'Soldiers new to the Arctic spend their first weeks learning to avoid injury: layering clothes, managing sweat, building shelters and keeping weapons and batteries working at minus 30 degrees. Vehicles need special fuels and heaters, and helicopters require extra maintenance. Instructors say most casualties in cold-weather exercises come from the environment rather than any simulated enemy.',
      },
      {
        type: 'ol',
        items: [
          'Survival: clothing, shelter, food and warming casualties.',
          'Movement: skis, snowshoes and tracked over-snow vehicles.',
          'Fighting: camouflage against snow, and weapons that work in extreme cold.',
        ],
      },
      { type: 'h2', text: 'Depots and distances' },
      {
        type: 'p',
        text: 'Distances in the north are vast and roads few. The three countries plan to pre-position vehicles, fuel and cold-weather equipment so that reinforcements can fly in with little more than personal kit. Railways running east to west across the region are being assessed for military traffic.',
      },
      { type: 'h3', text: 'Allies learning fast' },
      {
        type: 'p',
        text: 'Units from several allied countries now train in the region every winter, some for the first time. Nordic instructors say newcomers adapt quickly but need at least one full winter before they are effective. Some allies are buying Nordic-made over-snow vehicles and clothing rather than developing their own.',
      },
      {
        type: 'quote',
        text: 'In the Arctic, everything takes three times longer, and the cold is patient.',
      },
      { type: 'h2', text: 'A joint command next?' },
      {
        type: 'p',
        text: 'Officials are discussing whether the pooled training should lead to a standing Nordic land headquarters within the alliance structure. Any such step would need political approval in all three capitals. For now, the first joint course will run in the new year with about 600 students from eight countries.',
      },
    ],
  },
}
