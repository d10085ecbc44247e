import * as migration_20261124_235240_initial from './20261124_235240_initial'
import * as migration_20261126_115523_article_search_text from './20261126_115523_article_search_text'
import * as migration_20261126_123643_newsroom from './20261126_123643_newsroom'
import * as migration_20261126_162241_list_order_index from './20261126_162241_list_order_index'
import * as migration_20261202_003249_article_views from './20261202_003249_article_views'
import * as migration_20261202_003334_media_visibility from './20261202_003334_media_visibility'
import * as migration_20261202_034946_corrections from './20261202_034946_corrections'
import * as migration_20261202_035104_webhooks from './20261202_035104_webhooks'
import * as migration_20261202_035531_live_coverage from './20261202_035531_live_coverage'
import * as migration_20261202_035957_json_ld_images_and_repairs from './20261202_035957_json_ld_images_and_repairs'
import * as migration_20261202_042233_redirects from './20261202_042233_redirects'
import * as migration_20261202_044407_share_links from './20261202_044407_share_links'

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
  {
    up: migration_20261202_003249_article_views.up,
    down: migration_20261202_003249_article_views.down,
    name: '20261202_003249_article_views',
  },
  {
    up: migration_20261202_003334_media_visibility.up,
    down: migration_20261202_003334_media_visibility.down,
    name: '20261202_003334_media_visibility',
  },
  {
    up: migration_20261202_034946_corrections.up,
    down: migration_20261202_034946_corrections.down,
    name: '20261202_034946_corrections',
  },
  {
    up: migration_20261202_035104_webhooks.up,
    down: migration_20261202_035104_webhooks.down,
    name: '20261202_035104_webhooks',
  },
  {
    up: migration_20261202_035531_live_coverage.up,
    down: migration_20261202_035531_live_coverage.down,
    name: '20261202_035531_live_coverage',
  },
  {
    up: migration_20261202_035957_json_ld_images_and_repairs.up,
    down: migration_20261202_035957_json_ld_images_and_repairs.down,
    name: '20261202_035957_json_ld_images_and_repairs',
  },
  {
    up: migration_20261202_042233_redirects.up,
    down: migration_20261202_042233_redirects.down,
    name: '20261202_042233_redirects',
  },
  {
    up: migration_20261202_044407_share_links.up,
    down: migration_20261202_044407_share_links.down,
    name: '20261202_044407_share_links',
  },
]
