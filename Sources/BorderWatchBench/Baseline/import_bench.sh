#!/bin/sh
# The import benchmark of `make bench`: ROWS seeded ACLED-shaped rows
# (borderwatch-bench --acled-csv) imported by `borderwatch import acled`
# (parse, link, relate every row, one transaction written in batches) into
# a GeoPackage and into PostGIS, then queried and served (store_bench.py);
# and, in the same run, loaded by GDAL's ogr2ogr into a GeoPackage (parse
# and write points with their R-tree; no relating). Wall time and peak RSS
# from GNU time. Prints Markdown tables.
set -eu
BIN=$1 DIR=$2 ROWS=${3:-1000000} SECONDS_EACH=${4:-10}
mkdir -p "$DIR"
"$BIN/borderwatch-bench" --acled-csv "$DIR/acled.csv" --rows "$ROWS" --seed 42
rm -f "$DIR"/ogr.gpkg*
measure() { /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/last.txt" 2>&1; cat "$DIR/time.txt"; }
peer=$(measure ogr2ogr -f GPKG "$DIR/ogr.gpkg" "$DIR/acled.csv" -nln acled -a_srs EPSG:4326 \
  -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo AUTODETECT_TYPE=YES)
loaded=$(ogrinfo -so "$DIR/ogr.gpkg" acled | sed -n 's/^Feature Count: //p')
echo "| $ROWS ACLED rows, GDAL's load for scale | wall s | peak RSS MiB | features written |"
echo "|---|---|---|---|"
echo "$peer" | awk -v n="$loaded" '{ printf "| ogr2ogr CSV → GeoPackage (no relating) | %.2f | %.0f | %s points |\n", $1, $2 / 1024, n }'
echo
python3 "$(dirname "$0")/store_bench.py" "$BIN/borderwatch" "$DIR/acled.csv" "$DIR/store" "$SECONDS_EACH"
