# syntax=docker/dockerfile:1
# Multi-stage: dependencies (with better-sqlite3 compiled) in a build stage, a slim non-root runtime.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY config ./config
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# The database lives on the volume; mount your own config over /app/config/default.yaml or pass --config.
ENTRYPOINT ["node", "--import", "tsx", "src/cli.ts"]
CMD ["start", "--config", "config/docker.yaml"]
