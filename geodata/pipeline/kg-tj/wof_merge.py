"""Merges Who's On First localities (wof.py) into the gazetteer rows of
build-gazetteer.py.

WOF records of one place (the same GeoNames id, or a shared folded name
within MERGE_M) become one group; its names are the records' names and the
Latin spellings of their Cyrillic names (romanise.py). A group that is a
place the gazetteer already holds (a row with its GeoNames id, or a
settlement row within MERGE_M sharing a folded name) gives that row its
names and its source;
any other group within ZONE_KM becomes a row of its own, with country and
first-level unit from the pack's provinces polygons (an enclave village
lies in its enclave's country).
"""
import csv
import json
import os
import re
import unicodedata

from pyproj import Geod
from shapely.geometry import Point, shape
from shapely.ops import nearest_points
from shapely.prepared import prep
from shapely.strtree import STRtree

from romanise import romanised

NOT_NAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "inputs", "wof-not-names.tsv")
MERGE_M = 2000.0
OUTSIDE_M = 2000.0  # a point this close to a province polygon takes that province (positions are GeoNames')
GEOD = Geod(ellps="WGS84")


def fold(name):
    """Case-, accent- and punctuation-free: 'Kök-Tash' -> 'koktash', 'Qoʻrgʻon' -> 'qorgon'."""
    n = unicodedata.normalize("NFKD", name.lower())
    return re.sub(r"[^0-9a-zа-яёіїєўқғҳҷӣӯңөү]", "", "".join(c for c in n if not unicodedata.combining(c)))


def metres(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


class Provinces:
    """The pack's first-level units by point in polygon."""

    def __init__(self, theatre):
        with open(os.path.join(theatre, "provinces.geojson"), encoding="utf-8") as f:
            units = json.load(f)["features"]
        self.units = [(u["properties"]["country"], u["properties"]["name"], shape(u["geometry"])) for u in units]
        self.prepared = [prep(g) for _, _, g in self.units]
        self.tree = STRtree([g for _, _, g in self.units])

    def at(self, lon, lat):
        """(country, province, metres outside its polygon) or None beyond OUTSIDE_M."""
        pt = Point(lon, lat)
        for i in self.tree.query(pt):
            if self.prepared[i].covers(pt):
                return self.units[i][0], self.units[i][1], 0.0
        i = int(self.tree.query_nearest(pt)[0])
        country, name, g = self.units[i]
        q = nearest_points(pt, g)[1]
        d = metres((lon, lat), (q.x, q.y))
        return (country, name, d) if d <= OUTSIDE_M else None


def groups(records):
    """WOF records of one place together: the same GeoNames id, or a shared folded name within MERGE_M."""
    parent = list(range(len(records)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_gn, cells = {}, {}
    for i, r in enumerate(records):
        if r["gn_id"]:
            if r["gn_id"] in by_gn:
                parent[find(i)] = find(by_gn[r["gn_id"]])
            by_gn.setdefault(r["gn_id"], i)
        cells.setdefault((int(r["lat"] / 0.03), int(r["lon"] / 0.03)), []).append(i)
    keys = [{fold(n) for n in r["names"]} - {""} for r in records]
    for i, r in enumerate(records):
        ci, cj = int(r["lat"] / 0.03), int(r["lon"] / 0.03)
        for j in (j for di in (-1, 0, 1) for dj in (-1, 0, 1) for j in cells.get((ci + di, cj + dj), [])):
            if j > i and find(i) != find(j) and keys[i] & keys[j] \
                    and metres((r["lon"], r["lat"]), (records[j]["lon"], records[j]["lat"])) <= MERGE_M:
                parent[max(find(i), find(j))] = min(find(i), find(j))
    found = {}
    for i, r in enumerate(records):
        found.setdefault(find(i), []).append(r)
    # the position is the record WOF marks current (or undated) with the lowest id
    return [sorted(g, key=lambda r: (r["is_current"] == "0", int(r["wof_id"]))) for g in found.values()]


def source(r):
    return "Who's On First %s locality %s" % (r["repo"], r["wof_id"])


def same_place(rows, members, names):
    """The gazetteer row that is this group's place, or None."""
    for r in members:
        if r["gn_id"] and "geonames:%s" % r["gn_id"] in rows:
            return rows["geonames:%s" % r["gn_id"]]
    head = members[0]
    best = None
    for row in rows.values():
        if row["kind"] != "settlement" or row.get("wof"):
            continue
        if abs(row["lat"] - head["lat"]) > 0.03 or abs(row["lon"] - head["lon"]) > 0.04:
            continue
        keys = {fold(n) for n in [row["name"]] + row["other_names"]}
        d = metres((row["lon"], row["lat"]), (head["lon"], head["lat"]))
        if d <= MERGE_M and keys & {fold(n) for n in names} and (best is None or d < best[0]):
            best = (d, row)
    return best[1] if best else None


def not_names():
    """inputs/wof-not-names.tsv: names WOF gives that are words of English text."""
    with open(NOT_NAMES, encoding="utf-8") as f:
        return {r["name"] for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")}


def merge(rows, records, border_km, provinces, keep_name, zone_km):
    """Adds the WOF groups to `rows` (id -> row, as build-gazetteer.py keeps
    them); returns counts for the build's summary."""
    counts = dict(records=len(records), groups=0, merged=0, added=0, beyond=0, outside=0)
    skip = not_names()
    for members in sorted(groups(records), key=lambda g: int(g[0]["wof_id"])):
        head = members[0]
        names = []
        for r in members:
            names += [n for n in r["names"] if keep_name(n) and n not in names and (n not in skip or n == r["name"])]
        spelled = {fold(n) for n in names}
        for n in [x for r in members for x in r["names"]]:
            for latin in romanised(n):
                if fold(latin) not in spelled and keep_name(latin) and latin not in skip:
                    names.append(latin)
                    spelled.add(fold(latin))
        if not names:
            continue
        counts["groups"] += 1
        target = same_place(rows, members, names)
        if target is not None:
            target["other_names"] += [n for n in names if n != target["name"] and n not in target["other_names"]]
            target["source"] += "".join("; " + source(r) for r in members)
            target["note"].append("also " + ", ".join("wof:%s" % r["wof_id"] for r in members))
            counts["merged"] += 1
            continue
        d = border_km(head["lon"], head["lat"])
        if d > zone_km:
            counts["beyond"] += 1
            continue
        placed = provinces.at(head["lon"], head["lat"])
        if placed is None:
            counts["outside"] += 1
            continue
        rows[row_id(rows, members)] = new_row(row_id(rows, members), members, names, placed, d)
        counts["added"] += 1
    return counts


def row_id(rows, members):
    """geonames:<id> where WOF gives a GeoNames concordance, else wof:<id>."""
    for r in members:
        if r["gn_id"] and "geonames:%s" % r["gn_id"] not in rows:
            return "geonames:%s" % r["gn_id"]
    return "wof:%s" % members[0]["wof_id"]


def new_row(rid, members, names, placed, d):
    head = members[0]
    country, province, off_m = placed
    notes = []
    stated = {r["wof_country"] for r in members} - {""}
    iso3 = {"KG": "KGZ", "TJ": "TJK", "UZ": "UZB"}
    if stated and country not in {iso3.get(s, s) for s in stated}:
        notes.append("WOF's country is %s; the point lies in the %s polygon" % ("/".join(sorted(stated)), country))
    if off_m > 0:
        notes.append("%.0f m outside the nearest province polygon" % off_m)
    if head["is_current"] == "0":
        notes.append("not current per WOF")
    if head["src_geom"] and head["src_geom"] != "geonames":
        notes.append("position from %s (per WOF)" % head["src_geom"])
    others = ["wof:%s" % r["wof_id"] for r in members] + \
        ["geonames:%s" % g for g in dict.fromkeys(r["gn_id"] for r in members if r["gn_id"])]
    others = [x for x in others if x != rid]
    if others:
        notes.append("also " + ", ".join(others))
    return dict(id=rid, kind="settlement", name=names[0], other_names=names[1:], lat=head["lat"], lon=head["lon"],
                country=country, province=province, border_km=d, source="; ".join(source(r) for r in members),
                note=notes, wof=True)
