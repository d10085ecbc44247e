import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { ArticleViewDays } from './collections/ArticleViewDays'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { MAX_UPLOAD_BYTES } from './collections/Media/hooks/acceptOnlyImages'
import { adminBranding } from './src/newsroom/branding'
import { answerCastErrors } from './src/platform/errors/answerCastErrors'
import { answerUnreadableBodies } from './src/platform/errors/answerUnreadableBodies'
import { capAnonymousDepth } from './src/platform/guard/capAnonymousDepth'
import { graphqlLimits } from './src/platform/guard/graphqlLimits'
import { refuseBadPagination } from './src/platform/guard/refuseBadPagination'
import { databaseAdapter } from './src/platform/database/adapter'
import { answerUnavailable } from './src/platform/errors/answerUnavailable'
import { withoutUpdateProjection } from './src/platform/database/withoutUpdateProjection'
import { env } from './src/platform/env'
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
      beforeDashboard: ['/src/newsroom/components/Desk#Desk'],
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
