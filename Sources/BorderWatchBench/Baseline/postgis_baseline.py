#!/usr/bin/env python3
"""The PostGIS baseline of `make bench`: the same points (points.bin) loaded
into PostgreSQL 15 + PostGIS 3.3 and related there in SQL — ST_Covers for
country and province (planar, as the engine), ST_Distance on geography to
the border, the nearest settlement by the <-> KNN operator on geography —
and the answers compared with the engine's (facts-swift.csv).

The reference layers are the ones `borderwatch` writes into its own PostGIS
schema, so both sides use the same geodata. A throwaway cluster is made with
initdb in OUT/postgis (as the postgres user when run as root), started on a
free loopback port and removed at the end.

Usage: postgis_baseline.py --points OUT/points.bin --facts OUT/facts-swift.csv
         --borderwatch .build/release/borderwatch --out OUT [--workers 2] [--limit N]
Prints one JSON object.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback_postgres import Cluster  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", required=True)
    ap.add_argument("--facts", required=True)
    ap.add_argument("--borderwatch", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="relate only the first N points (0: all)")
    a = ap.parse_args()

    xy = np.fromfile(a.points, dtype="<f8").reshape(-1, 2)
    if a.limit:
        xy = xy[: a.limit]
    n = len(xy)
    cluster = Cluster(os.path.join(a.out, "postgis"), workers=a.workers)
    url = cluster.url()
    try:
        # borderwatch creates its schema and writes the reference layers when it makes the store.
        # `run` is the command that creates a store; the first theatre only, as the engine's side of the bench loads.
        out = os.path.join(a.out, "postgis-run")
        subprocess.run([a.borderwatch, "run", "--theatre", "am-az", "--out", out, "--store", url],
                       stdout=subprocess.DEVNULL, check=True)

        psql = cluster.psql

        tsv = "".join("%d\t%r\t%r\n" % (k, float(x), float(y)) for k, (x, y) in enumerate(xy))
        t0 = time.perf_counter()
        psql("CREATE UNLOGGED TABLE pts_raw (id int, lon float8, lat float8)")
        psql("COPY pts_raw FROM STDIN", stdin=tsv)
        psql("CREATE UNLOGGED TABLE pts AS SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS geom FROM pts_raw; ANALYZE pts")
        load_s = time.perf_counter() - t0

        # What a PostGIS user does with large shapes, timed apart like the engine's loading of its indexes:
        # countries cut into small indexed pieces (a point-in-polygon on 40,000-vertex outlines is slow,
        # and the prepared-geometry cache thrashes between countries), and the border cut into pieces of
        # at most 16 vertices so that the <-> KNN index finds the nearest few. The whole-line
        # ST_Distance on geography runs at about 460 points/s here (measured on 2,000 points).
        t0 = time.perf_counter()
        psql("""
        CREATE TABLE country_parts AS SELECT iso3, ST_Subdivide(geom, 128) AS geom FROM borderwatch.countries;
        CREATE INDEX ON country_parts USING gist (geom);
        CREATE TABLE border_parts AS SELECT segment_id, ST_Subdivide(geog::geometry, 16)::geography AS geog
          FROM borderwatch.border_segments;
        CREATE INDEX ON border_parts USING gist (geog);
        ANALYZE country_parts; ANALYZE border_parts
        """)
        prepare_s = time.perf_counter() - t0
        relate = """
        CREATE UNLOGGED TABLE answers AS
        SELECT p.id,
          (SELECT c.iso3 FROM country_parts c WHERE ST_Covers(c.geom, p.geom) ORDER BY c.iso3 LIMIT 1) AS country,
          (SELECT v.province_id FROM borderwatch.provinces v WHERE ST_Covers(v.geom, p.geom) ORDER BY v.province_id LIMIT 1)
            AS province,
          (SELECT min(ST_Distance(b.geog, p.geom::geography))
             FROM (SELECT geog FROM border_parts ORDER BY geog <-> p.geom::geography LIMIT 8) b) AS border_m,
          (SELECT s.settlement_id FROM borderwatch.settlements s ORDER BY s.geog <-> p.geom::geography LIMIT 1)
            AS nearest_settlement
        FROM pts p
        """
        # Let the planner use every worker even for this small table of points.
        parallel = "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; "
        plan = psql(parallel + "EXPLAIN " + relate)
        t0 = time.perf_counter()
        psql(parallel + relate)
        relate_s = time.perf_counter() - t0
        rows = psql("COPY (SELECT id, coalesce(country, ''), coalesce(province, ''), border_m, coalesce(nearest_settlement, '') "
                    "FROM answers ORDER BY id) TO STDOUT WITH (FORMAT csv)")
        versions = psql("SELECT version() || ' / PostGIS ' || postgis_lib_version()").strip()
    finally:
        cluster.stop()

    ours = {}
    with open(a.facts) as f:
        for r in csv.DictReader(f):
            k = int(r["id"])
            if k < n:
                ours[k] = r
    country = province = settlement = compared = 0
    gaps = []
    examples = {"settlement": [], "border": None}
    worst = 0.0
    for r in csv.reader(rows.splitlines()):
        k = int(r[0])
        o = ours.get(k)
        if o is None:
            continue
        compared += 1
        country += o["country"] != r[1]
        province += o["province"] != r[2]
        if o["nearest_settlement"] != r[4]:
            settlement += 1
            if len(examples["settlement"]) < 5:
                examples["settlement"].append([k, list(map(float, xy[k])), o["nearest_settlement"], r[4]])
        gap = abs(float(o["border_m"]) - float(r[3]))
        if examples["border"] is None or gap > worst:
            worst = gap
            examples["border"] = [k, list(map(float, xy[k])), float(o["border_m"]), float(r[3])]
        gaps.append(gap)
    gaps.sort()
    print(json.dumps({
        "engine": versions, "points": n, "workers": a.workers, "load_s": load_s, "prepare_s": prepare_s, "relate_s": relate_s,
        "parallel_plan": "Gather" in plan, "compared": compared,
        "country_differs": country, "province_differs": province, "nearest_settlement_differs": settlement,
        "border_m_abs_diff_median": statistics.median(gaps) if gaps else None,
        "border_m_abs_diff_p99": gaps[int(len(gaps) * 0.99)] if gaps else None,
        "border_m_abs_diff_max": gaps[-1] if gaps else None,
        "examples": examples,
    }, indent=2, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
