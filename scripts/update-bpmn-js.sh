#!/usr/bin/env bash
# Vendors the bpmn-js viewer (the built bundle, its CSS and LICENSE) under
# src/main/resources/static/vendor/bpmn-js/<version>/ for the ticket's process diagram.
# Usage: scripts/update-bpmn-js.sh [version]   (default: the pinned version below)
# The WebJar of bpmn-js stops at 8.0.0, so the npm tarball is the source. After an update, change
# the version in BpmnJsVersion.java (workflow diagram page) and delete the old folder.
set -euo pipefail

VERSION="${1:-18.31.1}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/src/main/resources/static/vendor/bpmn-js/$VERSION"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

curl -fsSL "https://registry.npmjs.org/bpmn-js/-/bpmn-js-$VERSION.tgz" -o "$WORK/bpmn-js.tgz"
tar -xzf "$WORK/bpmn-js.tgz" -C "$WORK"
mkdir -p "$TARGET"
cp "$WORK/package/dist/bpmn-navigated-viewer.production.min.js" "$TARGET/"
cp "$WORK/package/dist/assets/diagram-js.css" "$WORK/package/dist/assets/bpmn-js.css" "$TARGET/"
cp "$WORK/package/LICENSE" "$TARGET/LICENSE"
echo "bpmn-js $VERSION in $TARGET"
