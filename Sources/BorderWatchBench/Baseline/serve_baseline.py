"""Loopback load run: `borderwatch serve` beside pygeoapi serving the same
features, in the same run, with the same requests (wrk, 2 threads, 32
connections, keep-alive, SECONDS per run: bounded in time, and so in
count). Prints a Markdown table.

Usage: serve_baseline.py BORDERWATCH_BINARY WORKDIR [SECONDS]
The pygeoapi side runs from WORKDIR/pygeoapi-venv (made by `make bench`)
under gunicorn with 2 workers (one per core), the usual way to deploy it.
"""
import json, os, re, signal, subprocess, sys, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loopback_postgres import free_port  # noqa: E402

binary, work = sys.argv[1], sys.argv[2]
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
os.makedirs(work, exist_ok=True)


def wait(url, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        try:
            return urllib.request.urlopen(url, timeout=5).read()
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"no answer from {url}")


ours_port, theirs_port = free_port(), free_port()
ours = subprocess.Popen([binary, "serve", "--port", str(ours_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{ours_port}"
wait(base + "/conformance")

# The same features for pygeoapi: our settlements collection, with its id as a property.
fc = json.loads(wait(base + "/collections/settlements/items?limit=1000"))
for f in fc["features"]:
    f["properties"]["fid"] = f["id"]
for k in ("numberMatched", "numberReturned", "links", "timeStamp"):
    fc.pop(k, None)
data = os.path.join(work, "settlements.geojson")
json.dump(fc, open(data, "w"))
config = os.path.join(work, "pygeoapi.yml")
open(config, "w").write(f"""
server:
  bind: {{host: 127.0.0.1, port: {theirs_port}}}
  url: http://127.0.0.1:{theirs_port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: en-US
  limits: {{default_items: 10, max_items: 1000}}
  map: {{url: 'http://127.0.0.1/none', attribution: ''}}
logging: {{level: ERROR}}
metadata:
  identification: {{title: BorderWatch baseline, description: same features, keywords: [border], keywords_type: theme, terms_of_service: none, url: 'http://127.0.0.1'}}
  license: {{name: ODbL, url: 'http://127.0.0.1'}}
  provider: {{name: BorderWatch, url: 'http://127.0.0.1'}}
  contact: {{name: BorderWatch, position: none, address: none, city: none, stateorprovince: none, postalcode: none, country: none, phone: none, fax: none, email: none, url: 'http://127.0.0.1', hours: none, instructions: none, role: pointOfContact}}
resources:
  settlements:
    type: collection
    title: Settlements
    description: Every settlement of the gazetteer
    keywords: [settlements]
    extents:
      spatial: {{bbox: [43.4, 38.3, 50.5, 42.0], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - {{type: feature, name: GeoJSON, data: {data}, id_field: fid}}
""")
venv = os.path.join(work, "pygeoapi-venv", "bin")
env = dict(os.environ, PYGEOAPI_CONFIG=config, PYGEOAPI_OPENAPI=os.path.join(work, "pygeoapi-openapi.yml"))
subprocess.run([os.path.join(venv, "pygeoapi"), "openapi", "generate", config, "--output-file", env["PYGEOAPI_OPENAPI"]],
               env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
theirs = subprocess.Popen([os.path.join(venv, "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{theirs_port}", "pygeoapi.flask_app:APP"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
other = f"http://127.0.0.1:{theirs_port}"
try:
    wait(other + "/conformance?f=json")
    box = "44.0,38.8,46.7,41.3"
    cases = [
        ("items, pages of 100", "/collections/settlements/items?limit=100&offset=200",
         "/collections/settlements/items?limit=100&offset=200&f=json"),
        # pygeoapi's GeoJSON provider has no CQL2: the same selection as a property filter.
        ("bbox + filter (country = ARM)", f"/collections/settlements/items?limit=100&bbox={box}&filter=country%20%3D%20%27ARM%27",
         f"/collections/settlements/items?limit=100&bbox={box}&country=ARM&f=json"),
    ]
    rows = []
    for name, our_path, their_path in cases:
        a = json.loads(wait(base + our_path)); b = json.loads(wait(other + their_path))
        same = sorted(f["id"] for f in a["features"]) == sorted(str(f["id"]) for f in b["features"])
        result = {}
        for who, url in (("borderwatch", base + our_path), ("pygeoapi", other + their_path)):
            out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--timeout", "5s", "--latency", url],
                                 capture_output=True, text=True).stdout
            total = int(re.search(r"(\d+) requests in", out).group(1))
            rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
            errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
            socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
            def ms(q):
                m = re.search(rf"\n\s+{q}%\s+([\d.]+)(us|ms|s)", out)
                return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
            failed = (int(errors.group(1)) if errors else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)
            result[who] = dict(rps=rps, total=total, failed=failed, p50=ms(50), p99=ms(99))
        rows.append((name, len(a["features"]), same, result))
    print(f"| requests ({seconds} s each, 32 connections) | features | same ids | BorderWatch req/s (requests) | p50 / p99 ms | errors | pygeoapi req/s (requests) | p50 / p99 ms | errors | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, n, same, r in rows:
        o, t = r["borderwatch"], r["pygeoapi"]
        print(f"| {name} | {n} | {'yes' if same else 'NO'} | {o['rps']:.0f} ({o['total']}) | {o['p50']:.1f} / {o['p99']:.1f} | {o['failed']} | "
              f"{t['rps']:.0f} ({t['total']}) | {t['p50']:.1f} / {t['p99']:.1f} | {t['failed']} | {o['rps'] / t['rps']:.1f}× |")
finally:
    for p in (ours, theirs):
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
