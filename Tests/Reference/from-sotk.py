#!/usr/bin/env python3
"""Reference geodesic distances from Sotk to the other named places of the
catalog, for the radius-query tests. GeographicLib's Python implementation
(pip install geographiclib==2.0), WGS84; positions as in the gazetteer.

Regenerate from the repository root with:
    python3 Tests/Reference/from-sotk.py > Tests/BorderQueriesTests/Reference/from-sotk.tsv
"""
from geographiclib.geodesic import Geodesic

G = Geodesic.WGS84
SOTK = (45.86951, 40.20007)
PLACES = [("Sotk", 45.86951, 40.20007), ("Verin Shorzha", 45.83250, 40.08722), ("Goris", 46.34168, 39.51111),
          ("Yeraskh", 44.82806, 39.73944), ("Heydarabad", 44.84846, 39.72286)]

print("# place\tlon\tlat\tdistance_m from Sotk (45.86951, 40.20007): GeographicLib Python 2.0, Geodesic.WGS84.Inverse")
for name, lon, lat in PLACES:
    print(f"{name}\t{lon}\t{lat}\t{G.Inverse(SOTK[1], SOTK[0], lat, lon)['s12']:.3f}")
