#!/usr/bin/env bash
# Runs every test of jitlens: formatting and vet checks, then the Go tests.
# `.ci/run` calls exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."

# Real Numba and Cython for the advisor's checks (hints, analysis): install
# Debian's packages when they are missing and we can (root with apt-get);
# otherwise those tests skip with a plain message.
missing=()
has_module() { # without importing it: find_spec is fast
  /usr/bin/python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$1') is None)" >/dev/null 2>&1
}
has_module numba || missing+=(python3-numba)
has_module Cython || missing+=(cython3)
ls /usr/include/python3*/Python.h >/dev/null 2>&1 || missing+=(python3-dev)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== apt-get install ${missing[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/jitlens-apt.log 2>&1; then
      echo "apt-get failed (see /tmp/jitlens-apt.log): the real Numba/Cython tests will skip"
    fi
  else
    echo "== ${missing[*]} missing and not installable here: the real Numba/Cython tests will skip"
  fi
fi

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
# The command's tests profile real runs and check what the samples say: they
# run last and alone, since sharing the two cores with other packages' tests
# starves the sampler's timer.
live=jitlens/cmd/jitlens
go test -count=1 -timeout 20m $(go list ./... | grep -vxF "$live")
echo "== go test $live (alone)"
go test -count=1 -timeout 10m "$live"

echo "== VS Code extension unit tests"
if command -v npm >/dev/null 2>&1; then
  bash vscode-extension/scripts/test-unit.sh
else
  echo "skipped: npm is not installed, so the extension's unit tests cannot run"
fi

# The extension in a real VS Code (code-server + headless Chromium); its
# setup installs what it needs (Debian packages, Node 24, code-server) into
# ~/.cache/jitlens-e2e on the first run. JITLENS_E2E=0 skips it.
echo "== VS Code end-to-end test"
if [ "${JITLENS_E2E:-1}" = 0 ]; then
  echo "skipped: JITLENS_E2E=0"
elif ! command -v npm >/dev/null 2>&1; then
  echo "skipped: npm is not installed, so code-server cannot be set up"
else
  bash vscode-extension/scripts/e2e.sh
fi
