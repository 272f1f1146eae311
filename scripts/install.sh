#!/bin/sh
# Installs a built `borderwatch` binary and the data it needs:
#   BINARY → $DESTDIR$PREFIX/bin/borderwatch
#   each theatre pack (layers, manifest, gazetteer, catalog, documentation, versions/) → $DESTDIR$PREFIX/share/borderwatch/geodata/theatres/<id>/
# The binary finds that folder by itself from its own path (Geodata.bundledDirectory).
# Usage: scripts/install.sh BINARY PREFIX   (run by `make install`; DESTDIR optional)
set -eu
[ $# -eq 2 ] || { echo "usage: $0 BINARY PREFIX" >&2; exit 2; }
binary=$1
prefix=$2
root=$(cd "$(dirname "$0")/.." && pwd)
dest="${DESTDIR:-}$prefix"
data="$dest/share/borderwatch/geodata"
[ -x "$binary" ] || { echo "$0: no executable at $binary (build it first)" >&2; exit 2; }
install -d "$dest/bin" "$data"
install -m 0755 "$binary" "$dest/bin/borderwatch"
# Every theatre pack (geodata/theatres/<id>/): its layers, manifest, gazetteer,
# catalog and their documentation; packs no longer in the tree are removed.
rm -rf "$data/theatres"
for pack in "$root"/geodata/theatres/*/; do
  id=$(basename "$pack")
  [ -f "$pack/manifest.json" ] || continue
  install -d "$data/theatres/$id"
  for f in "$pack"*.geojson "$pack"*.json "$pack"*.tsv "$pack"*.md; do
    [ -e "$f" ] && install -m 0644 "$f" "$data/theatres/$id/"
  done
  # Older versions of the line (manifest's line_versions).
  if [ -d "$pack/versions" ]; then
    install -d "$data/theatres/$id/versions"
    install -m 0644 "$pack"versions/*.geojson "$data/theatres/$id/versions/"
  fi
done
echo "installed $dest/bin/borderwatch and its data in $data"
