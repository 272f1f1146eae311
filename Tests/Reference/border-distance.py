#!/usr/bin/env python3
"""Reference geodesic distances from places to the bundled border, for the tests.

Independent of BorderWatch's code: GeographicLib's Python implementation on
WGS84 (geodesic_edges.py), over the lines of geodata/theatres/am-az/border.geojson read
with the standard json module — since 2026-11-23 the OpenStreetMap line
(timezone-boundary-builder 2026c) and GSHHG exclave rings. Every edge
within 5 km (planar prefilter) of the nearest vertex is solved.

Regenerate from the repository root with:
    python3 Tests/Reference/border-distance.py > Tests/BorderIncidentsTests/Reference/border-distance.tsv
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geodesic_edges import edge_distance  # noqa: E402
# GeoNames positions (GEODATA-SOURCES.md) and the supplement's.
PLACES = [
    ("Sotk", 45.86951, 40.20007),
    ("Yeraskh", 44.82806, 39.73944),
    ("Heydarabad", 44.84846, 39.72286),
    ("Goris", 46.34168, 39.51111),
    ("Verin Shorzha", 45.83250, 40.08722),
]


def main():
    border = json.load(open("geodata/theatres/am-az/border.geojson"))
    edges = []
    for feature in border["features"]:
        for line in feature["geometry"]["coordinates"]:
            edges += [(feature["id"], line[i], line[i + 1]) for i in range(len(line) - 1)]
    print("# place\tlon\tlat\tdistance_m\tsegment (GeographicLib over geodata/theatres/am-az/border.geojson)")
    for name, lon, lat in PLACES:
        # Rough planar prefilter, then exact geodesics on the closest edges.
        k = math.cos(math.radians(lat))
        def rough(e):
            (x1, y1), (x2, y2) = e[1], e[2]
            return min(math.hypot((x1 - lon) * k, y1 - lat), math.hypot((x2 - lon) * k, y2 - lat))
        # The dense OpenStreetMap line has many short edges near a place:
        # every edge whose nearer end is within 5 km of the closest end.
        ranked = sorted(edges, key=rough)
        limit = rough(ranked[0]) + 0.05
        candidates = [e for e in ranked if rough(e) <= limit]
        best = min((edge_distance(lon, lat, e[1], e[2], 1e-6), e[0]) for e in candidates)
        print(f"{name}\t{lon}\t{lat}\t{best[0]:.3f}\t{best[1]}")


if __name__ == "__main__":
    main()
