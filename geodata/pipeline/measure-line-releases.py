"""Measures how the time-zone polygons of a theatre's countries moved between
releases of the `timezonefinder` PyPI package, each of which carries the
timezone-boundary-builder data of its day inside the package (until 8.2.x;
later releases ship the data separately).

Each release is downloaded with pip (no install), unpacked, and its own
`TimezoneFinder.get_geometry` is asked for the zones through
`extract-timezones.py`, so the differing binary layouts of the releases
(4.x-6.x `poly_data.bin`, 7.x+ flatbuffers under `data/`) are read by the
code that wrote them. The zones are then compared with the pack's current
`countries.geojson` (the pinned release): for every pair of the pack's
countries, the area that lay in one then and lies in the other now
(geodesic, on WGS84), where the biggest pieces are, and the Hausdorff
distance between the shared lines then and now (metres, in the UTM zone of
the line), all within the box of the pack's border layer widened by 0.1°;
then the ground that changed country from each release to the next, and
the side of a few named places in each. Output is Markdown for the pack's
SOURCES.md; --write-version also writes, as a countries layer, the ground
that changed side since RELEASE (a line version for the manifest).

Usage: measure-line-releases.py SCRATCH PACK_DIR THEATRE [--write-version RELEASE OUT.geojson]
  THEATRE: am-az or kg-tj (which zones make which country; below)
Needs a Python with numpy, cffi, h3 4.x, flatbuffers, shapely 2.x and pyproj 3.x.
"""
import json
import os
import subprocess
import sys
import tarfile
import zipfile

import shapely
from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Point, box, mapping, shape
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

# Releases measured: the last of each major line that carries the zones by
# name, and the 6.x releases around the 2024 changes. 8.0.0 and 8.1.0 are
# left out: they ship the "same since 1970" merged zones, in which
# Asia/Bishkek and Asia/Dushanbe are not zones of their own.
RELEASES = ["4.5.0", "5.2.0", "6.0.1", "6.2.0", "6.5.0", "6.5.9", "6.6.3", "7.0.2", "8.2.5"]

# Places whose side each release is asked for (positions from the pack's
# gazetteer.tsv): the four Gazakh villages of the April–May 2024 Tavush
# delimitation, and the Vorukh exclave and Khojai Alo on the KG–TJ line.
THEATRES = {
    "am-az": {
        "zones": {"ARM": ["Asia/Yerevan"], "AZE": ["Asia/Baku"]}, "utm": 32638,
        "points": {"Ashagy Askipara": (45.08021, 41.07394), "Baganis Ayrim": (45.07463, 41.09645),
                   "Qizilhacili": (45.17100, 41.06565), "Xeyrimli": (45.10950, 41.05004)},
    },
    "kg-tj": {
        "zones": {"KGZ": ["Asia/Bishkek"], "TJK": ["Asia/Dushanbe"], "UZB": ["Asia/Tashkent", "Asia/Samarkand"]},
        "utm": 32642, "points": {"Vorukh": (70.58012, 39.85125), "Khojai Alo": (70.49611, 39.94167)},
    },
}

# Pieces smaller than this are slivers of re-digitising, not changes of side.
MIN_PIECE_M2 = 10_000

GEOD = Geod(ellps="WGS84")
HERE = os.path.dirname(os.path.abspath(__file__))


def download(scratch, release):
    folder = os.path.join(scratch, "timezonefinder-" + release)
    if not os.path.isdir(folder):
        os.makedirs(folder + ".dl", exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "-d", folder + ".dl", "timezonefinder==" + release], check=True)
        archive = os.path.join(folder + ".dl", os.listdir(folder + ".dl")[0])
        if archive.endswith(".whl"):
            zipfile.ZipFile(archive).extractall(folder)
        else:
            with tarfile.open(archive) as t:
                t.extractall(folder, filter="data")
    # An sdist unpacks into timezonefinder-X/; a wheel straight into the folder.
    inner = os.path.join(folder, "timezonefinder-" + release)
    return inner if os.path.isdir(inner) else folder


def data_date(package_root):
    """The newest modification day of the release's polygon data files."""
    newest = 0
    for dirpath, _, files in os.walk(os.path.join(package_root, "timezonefinder")):
        for name in files:
            if name.endswith((".bin", ".fbs")):
                newest = max(newest, os.path.getmtime(os.path.join(dirpath, name)))
    return subprocess.run(["date", "-u", "-d", "@%d" % newest, "+%Y-%m-%d"],
                          capture_output=True, text=True, check=True).stdout.strip()


def extract(scratch, release, zones):
    root = download(scratch, release)
    out = os.path.join(scratch, "tz-%s-%s.geojson" % (release, "-".join(z.split("/")[1] for z in zones)))
    if not os.path.exists(out):
        env = dict(os.environ, PYTHONPATH=root)
        subprocess.run([sys.executable, os.path.join(HERE, "extract-timezones.py"), out] + zones, check=True,
                       env=env, cwd=scratch)
    with open(out, encoding="utf-8") as f:
        by_zone = {feat["properties"]["tzid"]: shape(feat["geometry"]).buffer(0) for feat in json.load(f)["features"]}
    return root, by_zone


def line_region(pack_dir):
    """The box of the pack's border layer (line and enclave rings), 0.1° wider:
    only ground near the line is compared."""
    with open(os.path.join(pack_dir, "border.geojson"), encoding="utf-8") as f:
        lines = unary_union([shape(feat["geometry"]) for feat in json.load(f)["features"]])
    return box(*lines.bounds).buffer(0.1, join_style="mitre")


def countries_then(by_zone, spec, region):
    return {iso: unary_union([by_zone[z] for z in zones]).intersection(region) for iso, zones in spec["zones"].items()}


def countries_now(pack_dir, spec, region):
    with open(os.path.join(pack_dir, "countries.geojson"), encoding="utf-8") as f:
        feats = json.load(f)["features"]
    return {feat["properties"]["iso3"]: shape(feat["geometry"]).buffer(0).intersection(region)
            for feat in feats if feat["properties"]["iso3"] in spec["zones"]}


def area_m2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) if not geom.is_empty else 0.0


def pieces(geom):
    parts = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    found = [(area_m2(p), p) for p in parts if p.geom_type == "Polygon"]
    return sorted([f for f in found if f[0] >= MIN_PIECE_M2], key=lambda f: -f[0])


def shared_line(a, b, to_metres):
    """The stretch of a's outline that lies on b's (within 1 m), in metres."""
    a_m, b_m = (shapely.transform(g, lambda xy: list(zip(*to_metres(*xy.T))), interleaved=True) for g in (a, b))
    return a_m.boundary.intersection(b_m.buffer(1.0))


def compare(then, now, spec):
    to_metres = Transformer.from_crs(4326, spec["utm"], always_xy=True).transform
    codes = list(spec["zones"])
    rows = []
    for i, x in enumerate(codes):
        for y in codes[i + 1:]:
            x_to_y = pieces(then[x].intersection(now[y]))
            y_to_x = pieces(then[y].intersection(now[x]))
            line_then, line_now = shared_line(then[x], then[y], to_metres), shared_line(now[x], now[y], to_metres)
            hausdorff = (line_then.hausdorff_distance(line_now)
                         if not line_then.is_empty and not line_now.is_empty else float("nan"))
            rows.append({"pair": "%s–%s" % (x, y), "x_to_y": x_to_y, "y_to_x": y_to_x, "hausdorff": hausdorff,
                         "x": x, "y": y})
    return rows


def where(piece):
    p = piece.representative_point()
    return "%.5f N %.5f E" % (p.y, p.x)


def describe(row):
    moved = [("%s→%s" % (row["x"], row["y"]), row["x_to_y"]), ("%s→%s" % (row["y"], row["x"]), row["y_to_x"])]
    parts = []
    for label, found in moved:
        if found:
            total = sum(a for a, _ in found)
            biggest = "; ".join("%.2f km² at %s" % (a / 1e6, where(p)) for a, p in found[:3])
            parts.append("%s %.2f km² in %d pieces (largest: %s)" % (label, total / 1e6, len(found), biggest))
    return " / ".join(parts) if parts else "none over %d m²" % MIN_PIECE_M2


def sides_of_points(countries, spec):
    return ", ".join("%s %s" % (name, next((iso for iso, g in countries.items() if g.covers(Point(*c))), "none"))
                     for name, c in spec["points"].items())


def moved_area(before, after, spec):
    """Ground that changed country between two releases, km², each way summed."""
    total = 0.0
    for x in spec["zones"]:
        for y in spec["zones"]:
            if x != y:
                total += sum(a for a, _ in pieces(before[x].intersection(after[y])))
    return total / 1e6


def write_version(then, now, spec, path, release):
    """The ground of the line's two countries that changed side since
    `release`, as a countries layer: each feature is the ground a country
    held then and the other holds now (pieces of at least MIN_PIECE_M2), so
    everywhere else the version says what today's layer says."""
    x, y = list(spec["zones"])[:2]
    features = []
    for held, lost_to in ((x, y), (y, x)):
        found = []
        for _, piece in pieces(then[held].intersection(now[lost_to])):
            snapped = shapely.set_precision(piece, 1e-7)
            found += list(snapped.geoms) if hasattr(snapped, "geoms") else [snapped]
        # RFC 7946: exteriors counter-clockwise.
        found = [orient(p, 1.0) for p in found if p.geom_type == "Polygon" and not p.is_empty]
        if not found:
            continue
        features.append({
            "type": "Feature", "id": held,
            "geometry": mapping(MultiPolygon(sorted(found, key=lambda p: p.bounds))),
            "properties": {"iso3": held, "name": "%s (ground held before, %s today)" % (held, lost_to),
                           "source": "OpenStreetMap boundaries (© OpenStreetMap contributors, ODbL 1.0) via "
                                     "timezone-boundary-builder, PyPI timezonefinder %s" % release}})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)
        f.write("\n")


def main(argv):
    if len(argv) not in (3, 6):
        sys.exit(__doc__)
    scratch, pack_dir, theatre = argv[:3]
    spec = THEATRES[theatre]
    zones = [z for group in spec["zones"].values() for z in group]
    os.makedirs(scratch, exist_ok=True)
    region = line_region(pack_dir)
    now = countries_now(pack_dir, spec, region)
    print("| release | data files dated | pair | Hausdorff, shared line then vs now (m) | ground that changed side "
          "(pieces ≥ %d m²) |" % MIN_PIECE_M2)
    print("|---|---|---|---|---|")
    extracted = {}
    for release in RELEASES:
        root, by_zone = extract(scratch, release, zones)
        then = countries_then(by_zone, spec, region)
        extracted[release] = then
        for row in compare(then, now, spec):
            print("| %s | %s | %s | %.0f | %s |" % (release, data_date(root), row["pair"], row["hausdorff"],
                                                    describe(row)))
    print()
    print("| release | ground that changed country since the release before (km², pieces ≥ %d m²) | sides of places |"
          % MIN_PIECE_M2)
    print("|---|---|---|")
    previous = None
    for release in RELEASES:
        then = extracted[release]
        moved = "—" if previous is None else "%.2f" % moved_area(extracted[previous], then, spec)
        print("| %s | %s | %s |" % (release, moved, sides_of_points(then, spec)))
        previous = release
    print("| pack (pinned) | %.2f | %s |" % (moved_area(extracted[previous], now, spec), sides_of_points(now, spec)))
    if len(argv) == 6 and argv[3] == "--write-version":
        write_version(extracted[argv[4]], now, spec, argv[5], argv[4])


if __name__ == "__main__":
    main(sys.argv[1:])
