#!/usr/bin/env bash
# Updates the axe-core copy the browser suite runs in each page (test only, never served by the app):
#   scripts/update-axe.sh            the pinned version below
#   scripts/update-axe.sh 4.15.0     another version (then update AXE_VERSION here)
# Downloads the npm tarball from registry.npmjs.org, checks its integrity against the registry's
# sha512, and keeps axe.min.js with its LICENSE under src/test/resources/axe/.
set -euo pipefail
AXE_VERSION="${1:-4.14.1}"
cd "$(dirname "$0")/.."
target=src/test/resources/axe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="https://registry.npmjs.org/axe-core/-/axe-core-${AXE_VERSION}.tgz"
curl -fsSL "$tarball" -o "$work/axe.tgz"
expected=$(curl -fsSL "https://registry.npmjs.org/axe-core/${AXE_VERSION}" \
  | tr "," "\n" | sed -n 's/.*"integrity": *"sha512-\([^"]*\)".*/\1/p')
actual=$(openssl dgst -sha512 -binary "$work/axe.tgz" | base64 -w0)
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "axe-core ${AXE_VERSION}: integrity check failed" >&2
  exit 1
fi
tar -xzf "$work/axe.tgz" -C "$work"
mkdir -p "$target"
cp "$work/package/axe.min.js" "$target/axe.min.js"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "$AXE_VERSION" > "$target/VERSION"
echo "axe-core ${AXE_VERSION} in $target"
