#!/usr/bin/env bash
# npm packages the tests use (Comunica, a JavaScript SPARQL client, for tests/clients/): installed
# from the committed package-lock.json into tests/clients/comunica/node_modules/ (git-ignored),
# only when missing or out of date. Needs Node.js 20 and npm (on the machine); nothing is fetched
# at test time.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/tests/clients/comunica"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm-deps: npm is missing; install Node.js 20 and npm, then run: bash scripts/npm-deps.sh" >&2
  exit 1
fi
stamp="$dir/node_modules/.package-lock.json"
if [ -f "$stamp" ] && [ "$stamp" -nt "$dir/package-lock.json" ] && [ -x "$dir/node_modules/.bin/comunica-sparql" ]; then
  echo "npm-deps: nothing to install"
  exit 0
fi
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
