"""Distance from a point to a geodesic edge on WGS84, for the reference data.

Independent of BorderWatch's code: GeographicLib's Python implementation
(pip install geographiclib==2.0). The distance to the edge is minimised by
golden-section search along it (to `tolerance` metres) and compared with the
distances to its two ends.
"""
from geographiclib.geodesic import Geodesic

G = Geodesic.WGS84


def edge_distance(lon, lat, a, b, tolerance=1e-7):
    """Least geodesic distance in metres from (lon, lat) to the edge a-b, each (lon, lat)."""
    line = G.InverseLine(a[1], a[0], b[1], b[0])

    def f(s):
        pos = line.Position(s)
        return G.Inverse(lat, lon, pos["lat2"], pos["lon2"])["s12"]

    lo, hi, phi = 0.0, line.s13, (5 ** 0.5 - 1) / 2
    while hi - lo > tolerance:
        m1, m2 = hi - phi * (hi - lo), lo + phi * (hi - lo)
        if f(m1) < f(m2):
            hi = m2
        else:
            lo = m1
    return min(f((lo + hi) / 2), f(0.0), f(line.s13))
