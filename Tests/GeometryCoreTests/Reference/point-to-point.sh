#!/bin/sh
# Reference geodesic distances between pairs of points, for the tests.
# Independent of BorderWatch: PROJ's `geod` command (Debian proj-bin) on WGS84.
# Regenerate with:
#   sh Tests/GeometryCoreTests/Reference/point-to-point.sh \
#       > Tests/GeometryCoreTests/Reference/point-to-point.tsv
echo "# lat1	lon1	lat2	lon2	azimuth1	azimuth2	distance_m (geod +ellps=WGS84 -I -f %.9f)"
while read -r lat1 lon1 lat2 lon2; do
  printf '%s\t%s\t%s\t%s\t' "$lat1" "$lon1" "$lat2" "$lon2"
  echo "$lat1 $lon1 $lat2 $lon2" | geod +ellps=WGS84 -I -f "%.9f"
done <<'PAIRS'
40.2056 45.8756 39.5111 46.3417
39.73944 44.82806 39.72286 44.84846
40.20007 45.86951 40.08722 45.83250
38.86506 46.19463 41.7151 44.7930
40.4093 49.8671 39.2090 45.4120
0 0 0 1
-33.8688 151.2093 51.5074 -0.1278
PAIRS
