#!/bin/sh
# Refreshes the region data bundled in kim-regions from the npm package idn-area-data and rewrites
# src/main/resources/id/kim/regions/data/PROVENANCE (package, version, tarball and file checksums,
# row counts, date). Run from anywhere; needs npm (or a tarball already fetched), tar, sha256sum.
#
#   kim-regions/update-data.sh                  # npm pack idn-area-data@4.0.1
#   kim-regions/update-data.sh 4.0.2            # another version
#   kim-regions/update-data.sh 4.0.1 some.tgz   # a tarball fetched before (no network)
#
# Afterwards: run `mvn -B -ntp -pl kim-regions verify`. RegisterCountsTest asserts the counts of every
# level, so an update that adds or removes regions fails until the counts (and docs/regions.md) are
# changed with it: a data update is a visible change.
set -eu
VERSION="${1:-4.0.1}"
TARBALL="${2:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="$HERE/src/main/resources/id/kim/regions/data"
META="$HERE/src/main/resources/META-INF"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ -z "$TARBALL" ]; then
  (cd "$WORK" && npm pack "idn-area-data@$VERSION" >/dev/null)
  TARBALL="$WORK/idn-area-data-$VERSION.tgz"
fi
tar -xzf "$TARBALL" -C "$WORK"
PACKAGE_VERSION="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$WORK/package/package.json" | head -n 1)"
if [ "$PACKAGE_VERSION" != "$VERSION" ]; then
  echo "update-data.sh: the tarball holds idn-area-data $PACKAGE_VERSION, not $VERSION" >&2
  exit 1
fi

for level in provinces regencies districts villages; do
  cp "$WORK/package/data/$level.csv" "$DATA/$level.csv"
done
cp "$WORK/package/data/LICENSE.md" "$META/LICENSE-ODbL.md"

{
  echo "# Provenance of the Kemendagri region data bundled in kim-regions (id/kim/regions/data)."
  echo "# Written by kim-regions/update-data.sh; do not edit by hand. Read by ProvenanceTest."
  echo "package=idn-area-data"
  echo "version=$VERSION"
  echo "fetched.with=npm pack idn-area-data@$VERSION"
  echo "fetched.on=$(date -u +%Y-%m-%d)"
  echo "tarball=idn-area-data-$VERSION.tgz"
  echo "tarball.sha256=$(sha256sum "$TARBALL" | cut -d ' ' -f 1)"
  echo "source=https://github.com/fityannugroho/idn-area-data (author: Fityan, fityannugroho)"
  echo "data.licence=ODbL-1.0 (META-INF/LICENSE-ODbL.md)"
  echo "code.licence.upstream=MIT (not bundled: no upstream code is used)"
  for level in provinces regencies districts villages; do
    echo "$level.csv.sha256=$(sha256sum "$DATA/$level.csv" | cut -d ' ' -f 1)"
    echo "$level.csv.rows=$(($(wc -l < "$DATA/$level.csv") - 1))"
  done
} > "$DATA/PROVENANCE"
echo "kim-regions: idn-area-data $VERSION copied; PROVENANCE rewritten:"
cat "$DATA/PROVENANCE"
