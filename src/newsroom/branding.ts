import type { Config } from 'payload'

type AdminBranding = Pick<
  NonNullable<Config['admin']>,
  'avatar' | 'components' | 'meta' | 'dateFormat'
>

/** Dispatch's name and marks in the admin; the built-in avatar, since this runs offline too. */
export const adminBranding: AdminBranding = {
  avatar: 'default',
  dateFormat: 'EEE d MMM yyyy, HH:mm',
  meta: {
    titleSuffix: ' · Dispatch',
    description: 'Dispatch newsroom: write, illustrate and publish defence and security reporting.',
    icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
  },
  components: {
    graphics: {
      Logo: '/src/newsroom/components/Logo#Logo',
      Icon: '/src/newsroom/components/Icon#Icon',
    },
  },
}
