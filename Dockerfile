# Dispatch: the Next.js + Payload app, built into Next.js's self-contained "standalone" server.
# docker-compose.yml runs it beside MongoDB; see README.md.

# ---- dependencies: installed from the lockfile alone, so this layer is cached between builds
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build: the production bundle with its own minimal node_modules
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# server.ts (why: see its header) compiled to plain JavaScript beside the standalone output.
RUN npm run build && mkdir -p public && \
    npx esbuild server.ts --bundle --platform=node --format=esm --packages=external \
      --outfile=.next/standalone/dispatch-server.mjs

# ---- runtime: only the standalone server, as an unprivileged user
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# MALLOC_ARENA_MAX: see scripts/lib/productionServerEnv.ts.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 \
    MEDIA_DIR=/app/data/media MALLOC_ARENA_MAX=2
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Uploaded media (and the SQLite file, if no DATABASE_URI is given) live on a volume.
RUN mkdir -p /app/data/media && chown -R node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dispatch-server.mjs"]
