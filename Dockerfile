# The spam filter's HTTP API. Build:  docker build -t spam-filter .
#                                Run:    docker run -p 8787:8787 spam-filter

# Stage 1: install everything, train the model with the pipeline, bundle the server.
# Base image pinned by digest (the multi-platform index of node:20.20.2-bookworm-slim): a tag can
# be moved, a digest cannot. Renovate or Dependabot can propose the next digest.
FROM node:20.20.2-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY project ./project
RUN npm run pipeline \
 && npx esbuild project/node/serve.ts --bundle --platform=node --format=esm --target=node20 --outfile=dist/serve.mjs

# Stage 2: only Node, the bundled server and the model file; no node_modules, no corpus.
FROM node:20.20.2-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0 AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    MODEL_PATH=/app/model.json \
    SERVICE_VERSION=0.1.0
WORKDIR /app
COPY --from=build --chown=root:root /app/dist/serve.mjs ./serve.mjs
COPY --from=build --chown=root:root /app/generated/public/data/model.json ./model.json
# The image's unprivileged user; the files above stay owned by root, so the process cannot change them.
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node runs as PID 1 and handles SIGTERM itself (see serve.ts), so `docker stop` shuts down cleanly.
CMD ["node", "serve.mjs"]
