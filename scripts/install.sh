#!/bin/sh
# Installs a built `borderwatch` binary and the data it needs:
#   BINARY → $DESTDIR$PREFIX/bin/borderwatch
#   geodata layers, catalog and their documentation → $DESTDIR$PREFIX/share/borderwatch/geodata
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
for f in "$root"/geodata/*.geojson "$root"/geodata/*.json "$root"/geodata/*.tsv "$root"/geodata/*.md; do
  [ -e "$f" ] && install -m 0644 "$f" "$data/"
done
echo "installed $dest/bin/borderwatch and its data in $data"
