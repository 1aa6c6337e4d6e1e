#!/usr/bin/env bash
# Copies Leaflet from the npm registry into crates/amparo/static/vendor/leaflet, where the
# binary embeds it: amparo serves its map library itself and the browser loads nothing from
# another host. The copy is committed, so building needs no npm; run this to upgrade.
set -euo pipefail
VERSION="${1:-1.9.4}"
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/crates/amparo/static/vendor/leaflet"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "leaflet@$VERSION" >/dev/null 2>&1
tar xzf "leaflet-$VERSION.tgz"
mkdir -p "$dest"
cp package/dist/leaflet.js package/dist/leaflet.css package/LICENSE "$dest/"
echo "leaflet $VERSION from the npm registry (npm pack leaflet@$VERSION)" > "$dest/VERSION"
echo "vendored leaflet $VERSION into $dest"
