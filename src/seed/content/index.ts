import { airDefenceInterceptors } from './stories/air-defence-interceptors'
import { arcticSecurity } from './stories/arctic-security'
import { armyRecruitment } from './stories/army-recruitment'
import { balticExercise } from './stories/baltic-exercise'
import { cyberCommand } from './stories/cyber-command'
import { defenceBudget } from './stories/defence-budget'
import { draftAirForcePilots } from './stories/draft-air-force-pilots'
import { draftMunitionsDepot } from './stories/draft-munitions-depot'
import { droneLessons } from './stories/drone-lessons'
import { economyDefenceStocks } from './stories/economy-defence-stocks'
import { electronicWarfare } from './stories/electronic-warfare'
import { frigateProgramme } from './stories/frigate-programme'
import { hypersonicTest } from './stories/hypersonic-test'
import { militarySpace } from './stories/military-space'
import { politicsDefenceVote } from './stories/politics-defence-vote'
import { shellProduction } from './stories/shell-production'
import { specialForces } from './stories/special-forces'
import { submarineProgramme } from './stories/submarine-programme'
import { tankUpgrade } from './stories/tank-upgrade'
import { worldPeacekeeping } from './stories/world-peacekeeping'
import type { SeedArticle, SeedStory } from './types'

export { seedAuthors } from './authors'
export type * from './types'

/** The demo newsroom's stories, written for Dispatch: 15 Military, 3 other desks, 2 drafts. */
const stories: SeedStory[] = [
  airDefenceInterceptors,
  droneLessons,
  frigateProgramme,
  shellProduction,
  balticExercise,
  militarySpace,
  submarineProgramme,
  armyRecruitment,
  hypersonicTest,
  cyberCommand,
  defenceBudget,
  arcticSecurity,
  specialForces,
  tankUpgrade,
  electronicWarfare,
  politicsDefenceVote,
  worldPeacekeeping,
  economyDefenceStocks,
  draftAirForcePilots,
  draftMunitionsDepot,
]

export const seedArticles: SeedArticle[] = stories.map(({ article, image }) => ({
  ...article,
  heroImageKey: image.key,
}))
export const seedImages = stories.map((story) => story.image)
