import type { Config } from 'payload'

import { env } from '@/platform/env'

type Timezones = NonNullable<NonNullable<Config['admin']>['timezones']>

/**
 * The schedule drawer's time-zone picker opens on SITE_TIME_ZONE, the zone readers' dates are
 * shown in, rather than on each editor's own browser zone. Payload's list lacks some zones (UTC
 * among them): the site's is added at the top when it is missing.
 */
export const adminTimezones: Timezones = {
  defaultTimezone: env.timeZone,
  supportedTimezones: ({ defaultTimezones }) =>
    defaultTimezones.some((zone) => zone.value === env.timeZone)
      ? defaultTimezones
      : [
          { label: `${env.timeZone} (the site's time zone)`, value: env.timeZone },
          ...defaultTimezones,
        ],
}
