#!/usr/bin/env bash
# Builds the dashboard into web/dist (served by `factwire serve`).
#   web/build.sh            npm ci (needs the npm registry, or a warm cache) then the build
#   web/build.sh --offline  the build only, with the node_modules already installed
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "web/build.sh: node and npm are needed (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
if [ "${1:-}" != "--offline" ]; then
  # esbuild's postinstall only checks its binary; the platform package carries it.
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs
