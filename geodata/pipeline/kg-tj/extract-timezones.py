"""Dumps the Kyrgyzstan, Tajikistan and Uzbekistan time-zone polygons from
timezonefinder's data (OpenStreetMap boundaries via timezone-boundary-builder)
to GeoJSON, one feature per zone with its tzid.

An extraction only: the coordinates are written as stored (1e-7° integers),
rings closed for GeoJSON; holes are kept as the data has them (it has none
here: the enclaves are separate polygons of the surrounding zone's neighbour).
Usage: extract-timezones.py OUT.geojson
"""
import json
import sys

import timezonefinder
from timezonefinder import TimezoneFinder

ZONES = ["Asia/Bishkek", "Asia/Dushanbe", "Asia/Tashkent"]


def main(out_path):
    finder = TimezoneFinder(in_memory=True)
    features = []
    for zone in ZONES:
        polygons = finder.get_geometry(tz_name=zone, coords_as_pairs=True)
        rings = [[[[round(x, 7), round(y, 7)] for x, y in list(ring) + [ring[0]]] for ring in polygon]
                 for polygon in polygons]
        features.append({"type": "Feature",
                         "properties": {"tzid": zone, "polygons": len(rings),
                                        "holes": sum(len(p) - 1 for p in rings)},
                         "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump({"type": "FeatureCollection",
                   "source": "timezonefinder %s with timezonefinder-data (timezone-boundary-builder)"
                             % timezonefinder.__version__ if hasattr(timezonefinder, "__version__")
                             else "timezonefinder with timezonefinder-data",
                   "features": features}, out)


if __name__ == "__main__":
    main(sys.argv[1])
