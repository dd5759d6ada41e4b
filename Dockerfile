# vacancy-bot as a container image: built in one stage, run in a smaller one as a non-root user, on a file
# system that can be read-only except the data folder (the review database). See docs/operations.md.
#
#   docker build -t vacancy-bot .
#   docker run --read-only --tmpfs /tmp -v vacancy-data:/app/data -p 3978:3978 --env-file .env vacancy-bot
#
# The same Node major in both stages, so better-sqlite3's native module built (or fetched) here loads there.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when its prebuilt binary cannot be fetched: it needs these.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# No scripts yet (`prepare` would compile sources not copied yet); better-sqlite3 then fetches or builds its binary.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
COPY bin ./bin
COPY knowledge ./knowledge
COPY manifest.json ./manifest.json
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    REVIEW_DB=/app/data/review.sqlite
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/bin ./bin
# The server reads its pages, styles and knowledge from the source folders beside dist/.
COPY --from=build --chown=root:root /app/adapters/web/public ./adapters/web/public
COPY --from=build --chown=root:root /app/adapters/hr/hr.css ./adapters/hr/hr.css
COPY --from=build --chown=root:root /app/knowledge ./knowledge
# The only folder the server writes: the review database (HR's golden questions live there too).
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGHUP reloads the knowledge (docker kill -s HUP <container>); SIGTERM stops gracefully.
CMD ["node", "dist/adapters/server/main.js"]
