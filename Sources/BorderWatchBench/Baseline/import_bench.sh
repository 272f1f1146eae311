#!/bin/sh
# The import benchmark of `make bench`: 100,000 seeded ACLED-shaped rows
# (borderwatch-bench --acled-csv) imported into a fresh store by
# `borderwatch import acled` (parse, link, relate every row, one GeoPackage
# transaction) and, in the same run, loaded by GDAL's ogr2ogr into a
# GeoPackage (parse and write points with their R-tree; no relating).
# Wall time and peak RSS from GNU time. Prints a Markdown table.
set -eu
BIN=$1 DIR=$2 ROWS=${3:-100000}
mkdir -p "$DIR"
"$BIN/borderwatch-bench" --acled-csv "$DIR/acled.csv" --rows "$ROWS" --seed 42
rm -f "$DIR"/import.gpkg* "$DIR"/ogr.gpkg*
"$BIN/borderwatch" run --store "$DIR/import.gpkg" --out "$DIR/run" > /dev/null
measure() { /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/last.txt" 2>&1; cat "$DIR/time.txt"; }
ours=$(measure "$BIN/borderwatch" import acled "$DIR/acled.csv" --store "$DIR/import.gpkg")
peer=$(measure ogr2ogr -f GPKG "$DIR/ogr.gpkg" "$DIR/acled.csv" -nln acled -a_srs EPSG:4326 \
  -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo AUTODETECT_TYPE=YES)
imported=$(ogrinfo -so "$DIR/import.gpkg" locations | sed -n 's/^Feature Count: //p')
loaded=$(ogrinfo -so "$DIR/ogr.gpkg" acled | sed -n 's/^Feature Count: //p')
echo "| $ROWS ACLED rows | wall s | peak RSS MiB | features written |"
echo "|---|---|---|---|"
echo "$ours" | awk -v n="$imported" '{ printf "| borderwatch import acled (relate + GeoPackage) | %.2f | %.0f | %s locations |\n", $1, $2 / 1024, n }'
echo "$peer" | awk -v n="$loaded" '{ printf "| ogr2ogr CSV → GeoPackage (%s) | %.2f | %.0f | %s points |\n", "GDAL", $1, $2 / 1024, n }'
