import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { ArticleViewDays } from './collections/ArticleViewDays'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { MAX_UPLOAD_BYTES } from './src/hooks/acceptOnlyImages'
import { adminBranding } from './src/admin/branding'
import { answerCastErrors } from './src/hooks/answerCastErrors'
import { answerUnreadableBodies } from './src/hooks/answerUnreadableBodies'
import { capAnonymousDepth } from './src/apiLimits/capAnonymousDepth'
import { graphqlLimits } from './src/apiLimits/graphqlLimits'
import { refuseBadPagination } from './src/apiLimits/refuseBadPagination'
import { databaseAdapter } from './src/db/adapter'
import { answerUnavailable } from './src/db/answerUnavailable'
import { withoutUpdateProjection } from './src/db/withoutUpdateProjection'
import { env } from './src/env'
import { articleEditor } from './src/fields/articleEditor'
import { jobs } from './src/jobs/config'
import { startJobsTicker } from './src/jobs/ticker'
import { onInit } from './src/lifecycle/onInit'
import { plugins } from './src/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  // A session cookie counts only on requests from the site's own origin (Payload also adds
  // serverURL itself; said here so the rule is visible). See docs/security.md.
  csrf: [env.serverUrl],
  // Never send stack traces or internal messages in API errors, whatever the environment.
  debug: false,
  db: withoutUpdateProjection(databaseAdapter(env.database)),
  collections: [Articles, Authors, Media, Users, ArticleViewDays],
  editor: articleEditor,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    ...adminBranding,
    components: {
      ...adminBranding.components,
      beforeDashboard: ['/src/components/admin/Desk#Desk'],
    },
  },
  jobs,
  // A database outage first (503), then the caller's own mistakes that Payload answers with 500.
  hooks: { afterError: [answerUnavailable, answerUnreadableBodies, answerCastErrors] },
  plugins: [...plugins, capAnonymousDepth, refuseBadPagination],
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
