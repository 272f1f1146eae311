"""Geometry helpers shared by the Kyrgyzstan–Tajikistan pack builder.

Distances and areas are geodesic on WGS84 (pyproj Geod). Nearest points are
found in an azimuthal equidistant projection centred on the line, then
measured again on the ellipsoid.
"""
import json

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon, mapping
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, nearest_points

GEOD = Geod(ellps="WGS84")
AEQD = "+proj=aeqd +lat_0=39.8 +lon_0=71.5 +datum=WGS84 +units=m"
TO_M = Transformer.from_crs("EPSG:4326", AEQD, always_xy=True)
TO_DEG = Transformer.from_crs(AEQD, "EPSG:4326", always_xy=True)
GRID = 1e-7  # the written precision (7 decimals), the time-zone data's own


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def parts(g):
    """The member geometries of a multi-geometry or collection, else [g]."""
    if g.is_empty:
        return []
    return list(g.geoms) if hasattr(g, "geoms") else [g]


def polygonal(g):
    """Only the polygons of a geometry, as a MultiPolygon."""
    polys = []
    for p in parts(g):
        if p.geom_type == "Polygon":
            polys.append(p)
        elif p.geom_type in ("MultiPolygon", "GeometryCollection"):
            polys.extend(parts(polygonal(p)))
    return MultiPolygon(polys)


def linear(g):
    """Only the lines of a geometry, merged."""
    lines = []
    for p in parts(g):
        if p.geom_type == "LineString":
            lines.append(p)
        elif p.geom_type in ("MultiLineString", "GeometryCollection"):
            lines.extend(parts(linear(p)))
    return parts(linemerge(lines)) if lines else []


def drop_slivers(g, min_area_deg2=1e-8):
    return MultiPolygon([p for p in parts(polygonal(g)) if p.area >= min_area_deg2])


def garea_m2(g):
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in parts(polygonal(g)))


def hole_area_m2(g):
    return sum(garea_m2(Polygon(r)) for p in parts(polygonal(g)) for r in p.interiors)


def overlap_table(geoms, heading, always=None):
    """Markdown rows of the geodesic overlap of every pair of named
    geometries; pairs with none are left out unless both are in `always`."""
    rows = ["| pair | %s |" % heading, "|---|---|"]
    names = list(geoms)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            area = garea_m2(geoms[a].intersection(geoms[b]))
            if area > 0 or always is None or {a, b} <= set(always):
                rows.append("| %s ∩ %s | %.2f |" % (a, b, area))
    return rows


def glen_km(line):
    return GEOD.geometry_length(line) / 1000.0


def gdist_m(p, q):
    return GEOD.inv(p[0], p[1], q[0], q[1])[2]


def to_m(g):
    return shapely.transform(g, lambda a: np.column_stack(TO_M.transform(a[:, 0], a[:, 1])))


def dist_m(pt_lonlat, geom_m):
    """Geodesic distance from a lon/lat point to the nearest point of a
    geometry given in the projection."""
    q = nearest_points(Point(TO_M.transform(*pt_lonlat)), geom_m)[1]
    return gdist_m(pt_lonlat, TO_DEG.transform(q.x, q.y))


def rounded(geom):
    """GeoJSON geometry dict with 7-decimal coordinates, exteriors counter-clockwise."""
    if geom.geom_type == "Polygon":
        geom = orient(geom, 1.0)
    elif geom.geom_type == "MultiPolygon":
        geom = MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    m = mapping(geom)

    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 7), round(c[1], 7)]
        return [r(x) for x in c]

    return {"type": m["type"], "coordinates": r(m["coordinates"])}


def write_layer(path, features):
    """One feature per line, as the first theatre's layers are written."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","features":[')
        for i, f in enumerate(features):
            out.write("\n" if i == 0 else ",\n")
            out.write(json.dumps(f, ensure_ascii=False, separators=(",", ":")))
        out.write("\n]}\n")
