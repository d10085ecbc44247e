import * as migration_20261124_235240_initial from './20261124_235240_initial'
import * as migration_20261126_115523_article_search_text from './20261126_115523_article_search_text'
import * as migration_20261126_123643_newsroom from './20261126_123643_newsroom'
import * as migration_20261126_162241_list_order_index from './20261126_162241_list_order_index'

export const migrations = [
  {
    up: migration_20261124_235240_initial.up,
    down: migration_20261124_235240_initial.down,
    name: '20261124_235240_initial',
  },
  {
    up: migration_20261126_115523_article_search_text.up,
    down: migration_20261126_115523_article_search_text.down,
    name: '20261126_115523_article_search_text',
  },
  {
    up: migration_20261126_123643_newsroom.up,
    down: migration_20261126_123643_newsroom.down,
    name: '20261126_123643_newsroom',
  },
  {
    up: migration_20261126_162241_list_order_index.up,
    down: migration_20261126_162241_list_order_index.down,
    name: '20261126_162241_list_order_index',
  },
]
