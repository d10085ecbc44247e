/**
 * Which part of the newsroom may import which, held by `import/no-restricted-paths` (paths are
 * resolved through tsconfig, so `@/…`, `@collections/…` and relative imports are all caught).
 * The folders and what each owns: README.md, "Where things live", and each folder's README.md.
 */
const domains = [
  'articles',
  'people',
  'views',
  'site',
  'content-api',
  'newsroom',
  'seed',
  'webhooks',
]
const src = (...names) => names.map((name) => `./src/${name}`)

/** A Payload read: a `reads/` folder, or a module named `…Reads.ts`. */
const reads = ['./src/**/reads/**', './src/**/*Reads.ts']
/** Payload itself: its config, the Local API handle and the database (globs, as the rule asks). */
const payloadGlue = [
  './payload.config.{ts,mjs}',
  './src/platform/payload.{ts,tsx}',
  './src/platform/database/**',
]

const zones = [
  {
    target: './src/platform',
    from: src(...domains),
    message: 'platform/ serves every part of the newsroom and imports none of them.',
  },
  {
    target: './collections',
    from: [...src('site', 'content-api', 'newsroom', 'seed'), './app'],
    message: 'The content model never imports the site, the API, the admin desk or routes.',
  },
  {
    target: ['./src/site/components/**', './src/views/**/*.tsx'],
    from: [...reads, ...payloadGlue],
    message: 'Components take props; pages fetch (through the reads) and pass them down.',
  },
  {
    target: ['./src/site/components/**', './src/views/**/*.tsx'],
    from: './collections',
    // Plain names and values; the collection configs behind them are server code.
    except: ['./Articles/sections.ts', './slugs.ts'],
    message: 'Components take props, not collection configs.',
  },
  {
    target: ['./src', './collections'],
    from: './app',
    message: 'Routes import the domains, never the other way round.',
  },
  {
    target: [...src('articles', 'people', 'views'), ...src('site', 'content-api', 'newsroom')],
    from: './src/seed',
    message: 'The demo newsroom is added at start-up; no domain depends on it.',
  },
  {
    target: src('articles', 'people', 'views'),
    from: src('site', 'content-api', 'newsroom'),
    message: 'Reads and rules serve the site, the API and the desk; they never import them.',
  },
  { target: './src/site', from: src('content-api', 'newsroom'), message: 'The site is one face.' },
  { target: './src/content-api', from: src('site', 'newsroom'), message: 'The API is one face.' },
  { target: './src/newsroom', from: src('site', 'content-api'), message: 'The desk is one face.' },
  {
    target: './src/webhooks',
    from: src('site', 'newsroom', 'seed'),
    message: 'Webhooks send what the content API shapes; never the site or the desk.',
  },
  {
    target: './src/content-api',
    from: './src/webhooks',
    // Plain event names for the OpenAPI document; the sending happens in webhooks/.
    except: ['./events.ts'],
    message: 'The content API documents webhook events; it does not send them.',
  },
]

export const layoutRules = [
  {
    files: ['**/*.{ts,tsx}'],
    rules: { 'import/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/site/components/**/*.tsx', 'src/views/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'payload',
              allowTypeImports: true,
              message: 'Components take props; pages fetch.',
            },
            {
              name: '@payload-config',
              message: 'Components take props; pages fetch.',
            },
          ],
        },
      ],
    },
  },
]
