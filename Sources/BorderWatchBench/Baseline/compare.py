#!/usr/bin/env python3
"""Sets the two benchmark results side by side: figures, points per second,
and the ratio ours / Shapely per stage (throughput; above 1 means faster)."""
import json
import sys

swift, shapely = (json.load(open(p)) for p in sys.argv[1:3])
n = swift["points"]
print("BorderWatch:", swift["engine"], "—", swift["workers"], "workers")
print("Baseline:   ", shapely["engine"])
print("%d points, seed %d\n" % (n, swift["seed"]))
print("%-26s %14s %14s %10s" % ("stage", "BorderWatch", "Shapely 2", "ratio"))
for key, label in [("relate_s", "relate"), ("write_s", "write layer"), ("end_to_end_s", "end to end")]:
    a, b = swift[key], shapely[key]
    print("%-26s %10.0f pt/s %10.0f pt/s %9.2fx" % (label, n / a, n / b, b / a))
for key, label in [("load_ms_median", "load geodata (ms)"), ("radius_median_ms", "radius query median (ms)"),
                   ("radius_p99_ms", "radius query p99 (ms)"), ("index_build_s", "index 1M points (s)")]:
    a, b = swift[key], shapely[key]
    print("%-26s %14.3f %14.3f %9.2fx" % (label, a, b, b / a))
print("%-26s %14.0f %14.0f" % ("peak memory (MiB)", swift["peak_memory_bytes"] / 2**20, shapely["peak_memory_bytes"] / 2**20))
print("\nsides, BorderWatch:", swift["sides"])
print("sides, Shapely:    ", shapely["sides"])

# PostGIS (postgis_baseline.py): the same points related in SQL, in the same run.
if len(sys.argv) > 3:
    pg = json.load(open(sys.argv[3]))
    m = pg["points"]
    print("\nBaseline 2:  ", pg["engine"], "—", pg["workers"], "parallel workers" if pg["parallel_plan"] else "(serial plan)")
    print("%-26s %10.0f pt/s %10.0f pt/s %9.2fx  (PostGIS on %d points)" %
          ("relate", n / swift["relate_s"], m / pg["relate_s"], (n / swift["relate_s"]) / (m / pg["relate_s"]), m))
    print("answers compared on %d points: country differs %d, province differs %d, nearest settlement differs %d" %
          (pg["compared"], pg["country_differs"], pg["province_differs"], pg["nearest_settlement_differs"]))
    print("border distance |ours - PostGIS|: median %.3f m, p99 %.3f m, max %.3f m" %
          (pg["border_m_abs_diff_median"], pg["border_m_abs_diff_p99"], pg["border_m_abs_diff_max"]))
