#!/usr/bin/env python3
"""The Shapely 2 baseline of `make bench`: the same work as borderwatch-bench
on the same points (points.bin) and the same geodata, vectorised.

Per point: province and country (STRtree bulk query, intersects), geodesic
distance to the Armenia-Azerbaijan border (nearest segment in the same
Lambert conformal projection via pyproj, foot of the perpendicular, back to
lon/lat, then Geod.inv on WGS84), side (uncertain within the segment's
tolerance, else the country), nearest settlement (STRtree query_nearest,
then Geod.inv). Then the same GeoJSON layer is written.

Differences from the Swift path, stated in BENCHMARKS.md: the border foot is
the projected one (Swift refines it on the geodesic edge), and the nearest
settlement is nearest in degrees (Swift takes the geodesic nearest).

Usage: shapely_baseline.py --points DIR/points.bin --geodata geodata/theatres/am-az --out DIR [--swift swift.json]
"""
import argparse
import json
import os
import resource
import statistics
import sys
import time

import numpy as np
import pyproj
import shapely
from shapely import STRtree

LCC = "+proj=lcc +lat_1=38.5 +lat_2=41.5 +lat_0=40 +lon_0=46.5 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"


def load(geodata):
    def features(name):
        with open(os.path.join(geodata, name), encoding="utf-8") as f:
            return json.load(f)["features"]

    countries = features("countries.geojson")
    provinces = features("provinces.geojson")
    border = features("border.geojson")
    settlements = features("settlements.geojson")
    country_geoms = shapely.from_geojson([json.dumps(f["geometry"]) for f in countries])
    province_geoms = shapely.from_geojson([json.dumps(f["geometry"]) for f in provinces])
    shapely.prepare(country_geoms)
    shapely.prepare(province_geoms)
    to_lcc = pyproj.Transformer.from_crs("EPSG:4326", LCC, always_xy=True)
    segments, owners = [], []
    for i, f in enumerate(border):
        for line in f["geometry"]["coordinates"]:
            xs, ys = to_lcc.transform([c[0] for c in line], [c[1] for c in line])
            for k in range(len(line) - 1):
                if (xs[k], ys[k]) != (xs[k + 1], ys[k + 1]):
                    segments.append(((xs[k], ys[k]), (xs[k + 1], ys[k + 1])))
                    owners.append(i)
    seg = np.array(segments)
    settlement_xy = np.array([f["geometry"]["coordinates"] for f in settlements])
    return {
        "countries": [f["properties"]["iso3"] for f in countries],
        "country_tree": STRtree(country_geoms),
        "provinces": [f["properties"]["id"] for f in provinces],
        "province_country": [f["properties"]["country"] for f in provinces],
        "province_tree": STRtree(province_geoms),
        "segments": seg,
        "segment_tree": STRtree(shapely.linestrings(seg)),
        "segment_owner": np.array(owners),
        "border_ids": [f["properties"]["id"] for f in border],
        "tolerance": np.array([f["properties"]["tolerance_m"] for f in border]),
        "settlement_ids": [f["properties"]["id"] for f in settlements],
        "settlement_xy": settlement_xy,
        "settlement_tree": STRtree(shapely.points(settlement_xy)),
        "to_lcc": to_lcc,
        "from_lcc": pyproj.Transformer.from_crs(LCC, "EPSG:4326", always_xy=True),
        "geod": pyproj.Geod(ellps="WGS84"),
    }


def relate(g, lon, lat):
    n = len(lon)
    pts = shapely.points(lon, lat)
    province = np.full(n, -1)
    pi, ti = g["province_tree"].query(pts, predicate="intersects")
    province[pi[::-1]] = ti[::-1]  # first hit wins
    country = np.full(n, -1)
    ci, cj = g["country_tree"].query(pts[province < 0], predicate="intersects")
    idx_no_prov = np.nonzero(province < 0)[0]
    country[idx_no_prov[ci[::-1]]] = cj[::-1]
    # Border: nearest projected segment, perpendicular foot, geodesic metres.
    x, y = g["to_lcc"].transform(lon, lat)
    near = g["segment_tree"].query_nearest(shapely.points(x, y), all_matches=False)[1]
    seg = g["segments"][near]
    ax, ay, bx, by = seg[:, 0, 0], seg[:, 0, 1], seg[:, 1, 0], seg[:, 1, 1]
    dx, dy = bx - ax, by - ay
    t = np.clip(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0, 1)
    flon, flat = g["from_lcc"].transform(ax + t * dx, ay + t * dy)
    _, _, border_m = g["geod"].inv(lon, lat, flon, flat)
    owner = g["segment_owner"][near]
    # Nearest settlement.
    s = g["settlement_tree"].query_nearest(pts, all_matches=False)[1]
    sxy = g["settlement_xy"][s]
    _, _, settlement_m = g["geod"].inv(lon, lat, sxy[:, 0], sxy[:, 1])
    # Vectorised lookups, so that no per-point Python loop runs in this stage.
    province_country = np.array(g["province_country"] + ["none"])
    country_names = np.array(g["countries"] + ["none"])
    country_code = np.where(province >= 0, province_country[province],
                            country_names[np.where(country >= 0, country, len(g["countries"]))])
    side = np.where(border_m <= g["tolerance"][owner], "uncertain", country_code)
    return province, country_code, side, border_m, owner, s, settlement_m


def write_layer(path, g, lon, lat, result):
    province, country, side, border_m, owner, s, settlement_m = result
    provinces, border_ids, settlement_ids = g["provinces"], g["border_ids"], g["settlement_ids"]
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[')
        chunk = []
        for i in range(len(lon)):
            c = country[i]
            chunk.append(
                '%s\n{"type":"Feature","properties":{"country":%s,"province":%s,"side":"%s","border_m":%.1f,'
                '"segment":"%s","settlement":"%s","settlement_m":%.1f},"geometry":{"type":"Point","coordinates":[%.6f,%.6f]}}'
                % ("," if i else "", "null" if c == "none" else '"%s"' % c,
                   '"%s"' % provinces[province[i]] if province[i] >= 0 else "null", side[i], border_m[i],
                   border_ids[owner[i]], settlement_ids[s[i]], settlement_m[i], lon[i], lat[i]))
            if len(chunk) == 10000:
                f.write("".join(chunk))
                chunk = []
        f.write("".join(chunk))
        f.write("\n]}\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", required=True)
    ap.add_argument("--geodata", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    xy = np.fromfile(args.points, dtype="<f8").reshape(-1, 2)
    lon, lat = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])

    loads = []
    for _ in range(5):
        t = time.perf_counter()
        g = load(args.geodata)
        loads.append(time.perf_counter() - t)
    t = time.perf_counter()
    result = relate(g, lon, lat)
    relate_s = time.perf_counter() - t
    t = time.perf_counter()
    write_layer(os.path.join(args.out, "points-shapely.geojson"), g, lon, lat, result)
    write_s = time.perf_counter() - t

    t = time.perf_counter()
    pts = shapely.points(lon, lat)
    tree = STRtree(pts)
    index_s = time.perf_counter() - t
    rng = np.random.default_rng(42)
    geod = g["geod"]
    latencies = []
    for k in rng.integers(0, len(lon), 1000):
        t = time.perf_counter()
        c_lon, c_lat = lon[k], lat[k]
        dlat = 10000 / 110500
        dlon = 10000 / (111000 * np.cos(np.radians(abs(c_lat) + dlat)))
        cand = tree.query(shapely.box(c_lon - dlon, c_lat - dlat, c_lon + dlon, c_lat + dlat))
        _, _, d = geod.inv(np.full(len(cand), c_lon), np.full(len(cand), c_lat), lon[cand], lat[cand])
        _ = cand[d <= 10000]
        latencies.append(time.perf_counter() - t)
    latencies.sort()
    print(json.dumps({
        "engine": "Shapely %s (GEOS %s), pyproj %s (PROJ %s), numpy %s" % (
            shapely.__version__, shapely.geos_version_string, pyproj.__version__, pyproj.proj_version_str, np.__version__),
        "points": len(lon), "load_ms_median": statistics.median(loads) * 1000,
        "relate_s": relate_s, "write_s": write_s, "end_to_end_s": relate_s + write_s,
        "index_build_s": index_s, "radius_median_ms": latencies[500] * 1000, "radius_p99_ms": latencies[990] * 1000,
        "peak_memory_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "sides": {k: int(v) for k, v in zip(*np.unique(result[2], return_counts=True))},
    }, indent=2, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
