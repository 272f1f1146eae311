"""The store part of `make bench-import`: ROWS seeded ACLED-shaped rows
(CSV) imported by `borderwatch import acled` into a GeoPackage and, in the
same run, into PostGIS on a throwaway loopback cluster; then on each store
a radius query and a bbox + date query (wall time with the process start,
median of three runs; both stores must answer the same ids); then
`borderwatch serve --store` on the GeoPackage: time until it answers, its
RSS, wrk (2 threads, 32 connections, SECONDS) on pages of 100 incidents,
and the map page's charts redrawn in headless Chromium (chart_frames.py:
each interaction from input to the painted frame, against a 100 ms
budget). Peak RSS from GNU time. Prints Markdown tables, each figure
beside its target.

Usage: store_bench.py BORDERWATCH_BINARY CSV WORKDIR [SECONDS]
"""
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback_postgres import Cluster, free_port  # noqa: E402
import chart_frames  # noqa: E402

binary, csv, work = sys.argv[1], sys.argv[2], sys.argv[3]
seconds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
os.makedirs(work, exist_ok=True)
rows = sum(1 for _ in open(csv, "rb")) - 1  # a rough count (a few records span lines); the importer prints the true one


def measured(cmd):
    """Wall seconds, peak RSS in MiB and standard output of one run of `cmd`."""
    log = os.path.join(work, "time.txt")
    t0 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-v", "-o", log] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(log).read()).group(1)) / 1024
    return wall, rss, r.stdout


def mark(ok):
    return "yes" if ok else "**no**"


# (name, command, target wall seconds); the stats table's lines are compared like ids (they hold no comma). The table,
# not the CSV: a CSV lists every bin's sources, a million addresses.
queries = [
    ("near Sotk, 10 km", ["query", "incidents", "--near", "Sotk", "--radius-km", "10", "--format", "csv"], 0.5),
    ("bbox + dates", ["query", "incidents", "--bbox", "45.0,39.0,46.5,40.5", "--from", "2021-01-01", "--to",
                      "2021-12-31", "--format", "csv"], 0.5),
    ("stats by month × province", ["stats", "--by", "month", "--by", "province"], 2.0),
    ("stats by district", ["stats", "--by", "district"], 2.0),
]


def bench_store(store):
    """The import into `store` (made first by `run`), then the queries on it."""
    subprocess.run([binary, "run", "--store", store, "--out", os.path.join(work, "run")], stdout=subprocess.DEVNULL,
                   check=True)
    wall, rss, out = measured([binary, "import", "acled", csv, "--store", store])
    answers = []
    for _, q, _ in queries:
        runs = [measured([binary] + q + ["--store", store]) for _ in range(3)]
        ids = sorted(line.split(",")[0] for line in runs[0][2].splitlines()[1:])
        answers.append((statistics.median(r[0] for r in runs), max(r[1] for r in runs), ids))
    return dict(wall=wall, rss=rss, summary=out.strip().split(" → ")[0].split(": ", 1)[-1], answers=answers)


gpkg = os.path.join(work, "million.gpkg")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(gpkg + suffix):
        os.remove(gpkg + suffix)
results = {"GeoPackage": bench_store(gpkg)}
cluster = Cluster(os.path.join(work, "postgis"))
try:
    results["PostGIS"] = bench_store(cluster.url())
finally:
    cluster.stop()

print(f"| {rows} ACLED rows | import wall s (≤ 90) | peak RSS MiB (≤ 1024) | "
      + " | ".join(f"{name}: wall s (≤ {t}), peak RSS MiB, rows" for name, _, t in queries) + " | import summary |")
print("|---|---|---|" + "---|" * len(queries) + "---|")
for store, r in results.items():
    cells = [f"{r['wall']:.1f} {mark(r['wall'] <= 90)}", f"{r['rss']:.0f} {mark(r['rss'] <= 1024)}"]
    cells += [f"{w:.2f} {mark(w <= t)}, {m:.0f}, {len(ids)}" for (w, m, ids), (_, _, t) in zip(r["answers"], queries)]
    print(f"| {store} | " + " | ".join(cells) + f" | {r['summary']} |")
same = [a[2] == b[2] for a, b in zip(results["GeoPackage"]["answers"], results["PostGIS"]["answers"])]
print("\nBoth stores answer the same: " + ", ".join(f"{n}: {mark(s)}" for (n, _, _), s in zip(queries, same)))

# The server on the GeoPackage store.
port = free_port()
base = f"http://127.0.0.1:{port}"
t0 = time.perf_counter()
server = subprocess.Popen([binary, "serve", "--port", str(port), "--store", gpkg], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
try:
    while True:
        try:
            urllib.request.urlopen(base + "/conformance", timeout=5).read()
            break
        except Exception:
            if server.poll() is not None or time.perf_counter() - t0 > 600:
                raise SystemExit("the server never answered")
            time.sleep(0.05)
    ready = time.perf_counter() - t0
    cases = [("pages of 100", "/collections/incidents/items?limit=100&offset=5000"),
             ("bbox + datetime, pages of 100", "/collections/incidents/items?limit=100&bbox=45.0,39.0,46.5,40.5"
              "&datetime=2021-01-01T00:00:00Z/2021-12-31T23:59:59Z")]
    lines = []
    for name, path in cases:
        urllib.request.urlopen(base + path, timeout=60).read()
        out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "5s", "--latency", base + path],
                             capture_output=True, text=True).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

        def ms(q):
            m = re.search(rf"\n\s+{q}%\s+([\d.]+)(us|ms|s)", out)
            return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
        errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
        lines.append(f"| {name} | {rps:.0f} {mark(rps >= 5000)} | {ms(50):.1f} / {ms(99):.1f} {mark(ms(99) < 20)} | "
                     f"{int(errors.group(1)) if errors else 0} |")
    status = open(f"/proc/{server.pid}/status").read()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
    # The map page's charts on this store, in headless Chromium: a missing browser is reported, not fatal.
    try:
        frames = chart_frames.measure(base, ready_seconds=1800)
    except (SystemExit, OSError) as e:
        frames = {"error": str(e)}
finally:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
print(f"\n`serve --store` on the GeoPackage store: ready in {ready:.1f} s {mark(ready <= 15)}, "
      f"RSS {rss:.0f} MiB after the load, peak {peak:.0f} MiB {mark(peak <= 2048)}\n")
print(f"| wrk, {seconds} s, 32 connections | req/s (≥ 5,000) | p50 / p99 ms (p99 < 20) | non-2xx |")
print("|---|---|---|---|")
print("\n".join(lines))

if "error" in frames:
    print(f"\nThe map page's charts were not measured: {frames['error']}")
else:
    print(f"\nThe map page on this store (headless Chromium, 1400×900): ready in {frames['page_ready_s']} s, "
          f"{frames['bars']} chart bars, {frames['months']} months, {frames['markers']}; "
          f"input to painted frame, budget {frames['budget_ms']:.0f} ms:\n")
    print("| interaction | n | median ms | max ms | within budget | within one 60 Hz frame |")
    print("|---|---|---|---|---|---|")
    for name, key in (("click a chart bar", "bar_click"), ("move the month range", "month_range"),
                      ("the handlers alone (before the frame)", "handlers_alone")):
        f = frames[key]
        if f["n"]:
            print(f"| {name} | {f['n']} | {f['median_ms']} | {f['max_ms']} | {f['within_budget']} "
                  f"{mark(f['within_budget'] == f['n'])} | {f['within_frame']} |")
