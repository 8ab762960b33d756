#!/usr/bin/env bash
# Unit tests of the VS Code extension (Node's test runner); installs the
# npm dependencies from package-lock.json first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
npm test
