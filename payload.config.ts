import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { ArticleViewDays } from './collections/ArticleViewDays'
import { ArticleViews } from './collections/ArticleViews'
import { Repairs } from './collections/Repairs'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { ShareLinks } from './collections/ShareLinks'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { webhookTasks } from './src/webhooks/tasks'
import { redirects } from './collections/Redirects'
import { LiveEntries } from './collections/LiveEntries'
import { MAX_UPLOAD_BYTES } from './collections/Media/hooks/acceptOnlyImages'
import { adminBranding } from './src/newsroom/branding'
import { adminTimezones } from './src/newsroom/timezones'
import { answerCastErrors } from './src/platform/errors/answerCastErrors'
import { answerValidationErrors } from './src/platform/errors/answerValidationErrors'
import { answerUnreadableBodies } from './src/platform/errors/answerUnreadableBodies'
import { capAnonymousDepth } from './src/platform/guard/capAnonymousDepth'
import { graphqlLimits } from './src/platform/guard/graphqlLimits'
import { refuseInvalidValues } from './src/platform/validation/refuseInvalidValues'
import { answerClosedCollectionsWith404 } from './src/platform/guard/answerClosedCollectionsWith404'
import { checkEveryCollectionsQueries } from './src/platform/guard/checkEveryCollectionsQueries'
import { databaseAdapter } from './src/platform/database/adapter'
import { answerUnavailable } from './src/platform/errors/answerUnavailable'
import { withoutUpdateProjection } from './src/platform/database/withoutUpdateProjection'
import { guardLockWrites } from './src/platform/locks/guardLockWrites'
import { lockOnlyEditableDocuments } from './src/platform/locks/lockOnlyEditableDocuments'
import { closeEmailVerification } from './src/platform/guard/closeEmailVerification'
import { everyCollectionOwnsItsTimestamps } from './src/platform/validation/serverOwnsTimestamps'
import { env } from './src/platform/env'
import { emailAdapter } from './src/platform/email/emailAdapter'
import { trustedOrigins } from './src/platform/security/trustedOrigins'
import { articleEditor } from './src/articles/body/articleEditor'
import { jobs } from './src/articles/scheduling/jobs'
import { startJobsTicker } from './src/platform/jobs/ticker'
import { onInit } from './src/seed/onInit'
import { plugins } from './src/articles/seoPlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  // A session cookie counts only on requests from the site's own origin (Payload also adds
  // serverURL itself; said here so the rule is visible), and on the embedded demo from its
  // loopback names (src/platform/security/trustedOrigins.ts). See docs/security.md.
  csrf: trustedOrigins(env),
  // Never send stack traces or internal messages in API errors, whatever the environment.
  debug: false,
  // Edit locks only on documents their owner may edit (docs/security.md, "Document locks").
  db: guardLockWrites(withoutUpdateProjection(databaseAdapter(env.database))),
  collections: [
    Articles,
    Authors,
    Media,
    Users,
    ArticleViewDays,
    ArticleViews,
    WebhookEndpoints,
    WebhookDeliveries,
    Repairs,
    LiveEntries,
    ShareLinks,
  ],
  editor: articleEditor,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    ...adminBranding,
    // Scheduling in SITE_TIME_ZONE (src/newsroom/timezones.ts).
    timezones: adminTimezones,
    components: {
      ...adminBranding.components,
      beforeDashboard: ['/src/newsroom/components/Desk#Desk'],
      // Says which address to use when the admin is opened from one whose saves would be refused.
      providers: [
        {
          path: '/src/newsroom/components/UntrustedAddressNotice#UntrustedAddressNotice',
          clientProps: { trustedOrigins: trustedOrigins(env), adminUrl: `${env.serverUrl}/admin` },
        },
      ],
    },
  },
  jobs: { ...jobs, tasks: webhookTasks },
  // SMTP when configured; otherwise into the log (links only on the embedded demo).
  email: emailAdapter(env.smtp, { logLinks: env.isEmbedded }),
  // A database outage first (503), then the caller's own mistakes that Payload answers with 500.
  hooks: {
    afterError: [
      answerUnavailable,
      answerUnreadableBodies,
      answerCastErrors,
      answerValidationErrors,
    ],
  },
  plugins: [...plugins, redirects, capAnonymousDepth, refuseInvalidValues],
  sharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  graphQL: { disablePlaygroundInProduction: true, ...graphqlLimits },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  onInit: async (payload) => {
    await onInit(payload)
    startJobsTicker(payload)
  },
})
  .then(lockOnlyEditableDocuments)
  .then(checkEveryCollectionsQueries)
  .then(answerClosedCollectionsWith404)
  .then(everyCollectionOwnsItsTimestamps)
  .then(closeEmailVerification)
