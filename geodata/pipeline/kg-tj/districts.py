"""The districts layer of the Kyrgyzstan–Tajikistan pack: the second-level
units (raions and district-level towns) of Kyrgyzstan and Tajikistan, from
Who's On First's `county` records (geometries from Mesoshapes, which WOF
marks CC0; Mesoshapes took them from OCHA's administrative boundaries,
`meso:source`). The Uzbek repository holds no county records, so Uzbek
provinces have no districts.

With the mirrors ($WOF_KG_GITDIR and $WOF_TJ_GITDIR, git directories at the
commits of wof.PINS) every current county record (not deprecated, not
superseded, with a polygon) is written to the extract
inputs/wof-districts.geojson; without them the build reads that extract, so
it runs offline and gives the same bytes either way. The layer is the
extract simplified as one coverage (shared edges stay shared), each district
given the province of its country that holds most of its area.
"""
import json
import os
import re
import subprocess
import sys

import shapely
from shapely.geometry import mapping, shape

from wof import PINS

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(HERE, "inputs", "wof-districts.geojson")
COUNTRIES = {"kg": "KGZ", "tj": "TJK"}
LOCAL_LANG = {"kg": "kir", "tj": "tgk"}
SIMPLIFY_DEG = 0.001  # about 100 m: finer than the 1:10m provinces the districts are matched to
NAME_LANGS = ("eng", "kir", "tgk", "rus", "uzb", "und")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def names_of(p, code):
    """English name, local name and the other spellings (Latin or Cyrillic) of a record."""
    def first(key):
        v = p.get(key) or []
        return v[0] if v else None
    name = p.get("wof:name") or first("name:eng_x_preferred")
    local = first(f"name:{LOCAL_LANG[code]}_x_preferred") or first("name:rus_x_preferred") or name
    others = []
    for lang in NAME_LANGS:
        for kind in ("preferred", "variant"):
            for n in p.get(f"name:{lang}_x_{kind}") or []:
                if n not in others and n not in (name, local) and all(
                        c.isascii() or "\u0400" <= c <= "\u04ff" or not c.isalpha() for c in n):
                    others.append(n)
    return name, local, others


def extract_from_mirrors():
    features = []
    for code in COUNTRIES:
        gitdir = os.environ[f"WOF_{code.upper()}_GITDIR"]
        repo, commit = PINS[code]
        listing = git(gitdir, "grep", "-l", '"wof:placetype": *"county"', commit, "--", "*.geojson").decode()
        for line in sorted(listing.split()):
            path = line.split(":", 1)[1]
            record = json.loads(git(gitdir, "show", f"{commit}:{path}"))
            p = record["properties"]
            if (p.get("mz:is_current") != 1 or p.get("edtf:deprecated") or p.get("wof:superseded_by")
                    or record["geometry"]["type"] not in ("Polygon", "MultiPolygon")):
                continue
            name, local, others = names_of(p, code)
            hasc = (p.get("wof:concordances") or {}).get("hasc:id") or p.get("meso:gadm_hasc2")
            geom = shapely.set_precision(shape(record["geometry"]), 1e-6)
            features.append({"type": "Feature", "properties": {
                "wof_id": p["wof:id"], "hasc": hasc, "name": name, "local_name": local, "alternate_names": others,
                "country": COUNTRIES[code], "kind": p.get("meso:type_en") or p.get("wof:placetype_local") or "district",
                "wof_region_id": p.get("wof:parent_id"), "src_geom": p.get("src:geom"),
                "meso_source": p.get("meso:source"), "lastmodified": p.get("wof:lastmodified"),
                "source": f"https://github.com/{repo}/blob/{commit}/{path}"},
                "geometry": mapping(geom)})
    with open(EXTRACT, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def district_id(p, records):
    """The HASC code; a town that shares its raion's code adds its name ('KG.BA.LA:sulukta')."""
    if not p["hasc"]:
        return f"wof:{p['wof_id']}"
    if sum(r["properties"]["hasc"] == p["hasc"] for r in records) == 1 or p["kind"] == "raion":
        return p["hasc"]
    return p["hasc"] + ":" + re.sub(r"[^a-z0-9]+", "-", p["name"].lower()).strip("-")


def label(p, records):
    """The name, with its kind where another district of the country has the same name ('Naryn (shaar)')."""
    same = [r for r in records if r["properties"]["name"] == p["name"] and r["properties"]["country"] == p["country"]]
    return p["name"] if len(same) == 1 else f"{p['name']} ({p['kind']})"


def build(provinces, report):
    """The districts layer's features; `provinces` as provinces.geojson's features."""
    if all(os.environ.get(f"WOF_{c.upper()}_GITDIR") for c in COUNTRIES):
        extract_from_mirrors()
    with open(EXTRACT, encoding="utf-8") as f:
        records = json.load(f)["features"]
    geoms = shapely.coverage_simplify([shape(r["geometry"]) for r in records], SIMPLIFY_DEG)
    units = [(u["properties"]["id"], u["properties"]["country"], shape(u["geometry"])) for u in provinces]
    features, by_region = [], {}
    for r, geom in zip(records, geoms):
        p = r["properties"]
        geom = shapely.orient_polygons(shapely.set_precision(geom, 1e-6))  # RFC 7946: exteriors counter-clockwise
        overlaps = sorted(((g.intersection(geom).area, uid) for uid, c, g in units if c == p["country"]),
                          reverse=True)
        province = overlaps[0][1]
        share = overlaps[0][0] / geom.area
        by_region.setdefault(p["wof_region_id"], set()).add(province)
        if share < 0.9:
            report.append(f"- district {p['name']} ({p['hasc']}): {share:.0%} of its area in {province}, its largest")
        pid = district_id(p, records)
        features.append({"type": "Feature", "id": pid, "properties": {
            "id": pid, "name": p["name"], "label": label(p, records), "local_name": p["local_name"],
            "country": p["country"],
            "province": province, "kind": p["kind"], "alternate_names": p["alternate_names"],
            "wof_id": p["wof_id"], "source": p["source"]},
            "geometry": mapping(geom if geom.geom_type == "MultiPolygon" else shapely.MultiPolygon([geom]))})
    for region, matched in sorted(by_region.items()):
        if len(matched) > 1:
            report.append(f"- WOF region {region}: its districts fall in {sorted(matched)}")
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids)), "district ids repeat"
    report.append(f"- districts: {len(features)} ("
                  + ", ".join(f"{c} {sum(f['properties']['country'] == c for f in features)}"
                              for c in COUNTRIES.values()) + f"), simplified as one coverage at {SIMPLIFY_DEG}°")
    return features


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "theatres", "kg-tj")
    with open(os.path.join(out, "provinces.geojson"), encoding="utf-8") as f:
        provinces = json.load(f)["features"]
    report = []
    features = build(provinces, report)
    from geo import write_layer  # noqa: E402 (the pack's writer, as build-pack.py uses it)
    write_layer(os.path.join(out, "districts.geojson"), features)
    print("\n".join(report))
