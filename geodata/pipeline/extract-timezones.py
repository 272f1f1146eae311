"""Dumps time-zone polygons from timezonefinder's data (OpenStreetMap
boundaries via timezone-boundary-builder) to GeoJSON, one feature per zone
with its tzid. Both theatres' pipelines call it with their zones.

An extraction only: the coordinates are written as stored (1e-7° integers),
rings closed for GeoJSON, holes kept as the data has them; no geometry is
computed here.

Usage: extract-timezones.py OUT.geojson ZONE [ZONE ...]
  e.g. extract-timezones.py tz_am_az.geojson Asia/Yerevan Asia/Baku
"""
import json
import sys

from timezonefinder import TimezoneFinder


def zone_feature(finder, zone):
    polygons = finder.get_geometry(tz_name=zone, coords_as_pairs=True)
    # timezonefinder leaves rings open; GeoJSON repeats the first position.
    rings = [[[[round(x, 7), round(y, 7)] for x, y in list(ring) + [ring[0]]] for ring in polygon]
             for polygon in polygons]
    return {"type": "Feature", "properties": {"tzid": zone},
            "geometry": {"type": "MultiPolygon", "coordinates": rings}}


def main(out_path, zones):
    finder = TimezoneFinder(in_memory=True)
    known = set(finder.timezone_names)
    unknown = [z for z in zones if z not in known]
    if unknown:
        sys.exit("extract-timezones.py: unknown zone(s) %s" % ", ".join(unknown))
    features = [zone_feature(finder, zone) for zone in zones]
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"type": "FeatureCollection", "features": features}, out)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
