import * as migration_20261124_235240_initial from './20261124_235240_initial'

export const migrations = [
  {
    up: migration_20261124_235240_initial.up,
    down: migration_20261124_235240_initial.down,
    name: '20261124_235240_initial',
  },
]
