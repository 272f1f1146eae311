"""Dumps the time-zone polygons BorderWatch needs from timezonefinder's data
(OpenStreetMap boundaries via timezone-boundary-builder) to GeoJSON.

An extraction only: the coordinates are written exactly as stored (1e-7°
integers), no geometry is computed here. Usage: extract-timezones.py OUT.geojson
"""
import json
import sys

from timezonefinder import TimezoneFinder

ZONES = ["Asia/Yerevan", "Asia/Baku"]


def main(out_path):
    finder = TimezoneFinder(in_memory=True)
    features = []
    for zone in ZONES:
        polygons = finder.get_geometry(tz_name=zone, coords_as_pairs=True)
        # timezonefinder leaves rings open; GeoJSON repeats the first position.
        rings = [[[[round(x, 7), round(y, 7)] for x, y in list(ring) + [ring[0]]] for ring in polygon]
                 for polygon in polygons]
        features.append({"type": "Feature", "properties": {"tzid": zone},
                         "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"type": "FeatureCollection", "features": features}, out)


if __name__ == "__main__":
    main(sys.argv[1])
