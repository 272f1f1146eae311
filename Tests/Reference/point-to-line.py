#!/usr/bin/env python3
"""Reference geodesic distances from points to a polyline, for the tests.

Independent of BorderWatch: GeographicLib's Python implementation on WGS84
(geodesic_edges.py). Each edge of the line is a geodesic; the distance to
the line is the least over its edges.

Regenerate from the repository root with:
    python3 Tests/Reference/point-to-line.py > Tests/GeometryCoreTests/Reference/point-to-line.tsv
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geodesic_edges import edge_distance  # noqa: E402
# A line along the Armenia–Azerbaijan mainland border, north to south
# (lon, lat), vertices 5–25 km apart.
LINE = [
    (45.6600, 40.6400), (45.5900, 40.5500), (45.6300, 40.4400), (45.7700, 40.3300),
    (45.9000, 40.2400), (45.9800, 40.1100), (45.9900, 39.9600), (46.0700, 39.8200),
    (46.1700, 39.7000), (46.2400, 39.6000), (46.3800, 39.5400), (46.4700, 39.4500),
    (46.5500, 39.3000), (46.5200, 39.1500), (46.5600, 39.0000), (46.5300, 38.8900),
]
# Points at increasing distances on both sides, up to about 300 km away.
POINTS = [
    ("Sotk", 45.8756, 40.2056),
    ("Goris", 46.3417, 39.5111),
    ("Kornidzor", 46.53046, 39.54763),
    ("Jermuk", 45.67112, 39.83948),
    ("Vardenis", 45.7300, 40.1800),
    ("Yerevan", 44.5136, 40.1811),
    ("Kalbajar", 46.04446, 40.10984),
    ("Ganja", 46.3606, 40.6828),
    ("Stepanakert", 46.7528, 39.8153),
    ("Gyumri", 43.8453, 40.7894),
    ("Baku", 49.8671, 40.4093),
    ("Tabriz", 46.2919, 38.0800),
    ("Tbilisi", 44.7930, 41.7151),
    ("Mingachevir", 47.0594, 40.7640),
    ("on a vertex", 45.9800, 40.1100),
]


def main():
    print("# name\tlon\tlat\tdistance_m (GeographicLib, geodesic edges)")
    print("# line: " + " ".join(f"{x},{y}" for x, y in LINE))
    for name, lon, lat in POINTS:
        d = min(edge_distance(lon, lat, LINE[i], LINE[i + 1]) for i in range(len(LINE) - 1))
        print(f"{name}\t{lon}\t{lat}\t{d:.4f}")


if __name__ == "__main__":
    main()
