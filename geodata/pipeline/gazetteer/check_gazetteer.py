#!/usr/bin/env python3
"""Sanity check of geodata/theatres/am-az/gazetteer.tsv: column set, unique
ids, value ranges, counts per kind and country, and whether a list of names
from the border reports resolves (by case- and accent-free name, on the
row's name or any of its other_names). Stdlib only. Exit 1 on a broken file;
a name that does not resolve is reported, not fatal."""
import collections
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.normpath(os.path.join(HERE, "..", "..", "theatres", "am-az", "gazetteer.tsv"))
COLS = ["id", "kind", "name", "other_names", "lat", "lon", "country", "province",
        "border_km", "source", "note"]
KINDS = {"settlement", "mountain", "height", "pass", "lake", "reservoir",
         "border-post", "river", "region"}
# (label, alternatives: any one resolving is enough, expected kind or None)
CHECKS = [
    ("Sotk/Zod", ["Sotk", "Zod"], "settlement"),
    ("Verin Shorzha", ["Verin Shorzha"], "settlement"),
    ("Nerkin Shorzha", ["Nerkin Shorzha"], "settlement"),
    ("Kut", ["Kut"], "settlement"),
    ("Norabak", ["Norabak"], "settlement"),
    ("Yeraskh", ["Yeraskh"], "settlement"),
    ("Heydarabad", ["Heydarabad"], "settlement"),
    ("Sadarak", ["Sadarak", "Sədərək"], "settlement"),
    ("Tigranashen/Karki", ["Tigranashen", "Karki"], "settlement"),
    ("Artsvashen/Bashkend", ["Artsvashen", "Bashkend"], "settlement"),
    ("Yukhari Askipara", ["Yukhari Askipara", "Yuxarı Əskipara"], None),
    ("Barxudarlı/Barkhudarly", ["Barxudarlı", "Barkhudarly"], None),
    ("Tovuz", ["Tovuz"], "settlement"),
    ("Agdam (Tovuz rayon)", ["Aghdam (Tovuz)", "Ağdam", "Agdam"], "settlement"),
    ("Alibeyli", ["Alibeyli", "Əlibəyli"], "settlement"),
    ("Asrik Jirdakhan", ["Asrik Jirdakhan", "Əsrik Cırdaxan"], "settlement"),
    ("Dondar Gushchu", ["Dondar Gushchu", "Dondar Quşçu"], "settlement"),
    ("Gushchu Ayrum", ["Gushchu Ayrum", "Quşçu Ayrım"], "settlement"),
    ("Chinari", ["Chinari", "Chinar"], "settlement"),
    ("Aygepar", ["Aygepar"], "settlement"),
    ("Movses", ["Movses"], "settlement"),
    ("Nerkin Karmiraghbyur", ["Nerkin Karmiraghbyur"], "settlement"),
    ("Berkaber", ["Berkaber"], "settlement"),
    ("Baghanis", ["Baghanis"], "settlement"),
    ("Voskepar", ["Voskepar"], "settlement"),
    ("Kirants", ["Kirants"], "settlement"),
    ("Kalbajar/Karvachar", ["Kalbajar", "Karvachar"], "settlement"),
    ("Lachin/Berdzor", ["Lachin", "Berdzor"], "settlement"),
    ("Jermuk", ["Jermuk"], "settlement"),
    ("Goris", ["Goris"], "settlement"),
    ("Kapan", ["Kapan"], "settlement"),
    ("Kornidzor", ["Kornidzor"], "settlement"),
    ("Tegh", ["Tegh"], "settlement"),
    ("Khoznavar", ["Khoznavar"], "settlement"),
    ("Vorotan", ["Vorotan"], "settlement"),
    ("Ishkhanasar (mountain)", ["Ishkhanasar", "Mount Ishkhanasar"], "mountain"),
    ("Sev Lich / Black Lake", ["Sev Lich", "Black Lake"], "lake"),
    ("Mets Ishkhanasar", ["Mets Ishkhanasar"], "mountain"),
    ("Sotk pass", ["Sotk Pass", "Sotk pass"], "pass"),
    ("Murov", ["Murov", "Murovdag", "Murovdağ"], "mountain"),
    ("Gyzyl Gaya", ["Gyzyl Gaya", "Qızılqaya", "Kyzylkaya"], None),
]


def fold(n):
    n = n.lower().replace("ə", "e").replace("ı", "i")
    n = unicodedata.normalize("NFKD", n)
    n = "".join(c for c in n if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’ʼʻ‘`\".]", "", n)


def main():
    with open(PATH, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f]
    bad = []
    if header != COLS:
        bad.append(f"columns {header} != {COLS}")
    ids = collections.Counter(r["id"] for r in rows)
    bad += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for r in rows:
        if r["kind"] not in KINDS:
            bad.append(f"{r['id']}: kind {r['kind']}")
        if r["country"] not in ("ARM", "AZE"):
            bad.append(f"{r['id']}: country {r['country']}")
        if not (38.0 < float(r["lat"]) < 42.0 and 43.0 < float(r["lon"]) < 48.0):
            bad.append(f"{r['id']}: position")
        if not r["source"]:
            bad.append(f"{r['id']}: no source")
        if r["kind"] != "region" and float(r["border_km"]) > 32.0:
            bad.append(f"{r['id']}: {r['border_km']} km")
    print(f"{PATH}: {len(rows)} rows")
    counts = collections.Counter((r["kind"], r["country"]) for r in rows)
    print(f"{'kind':<12} {'ARM':>6} {'AZE':>6}")
    for k in sorted({k for k, _ in counts}):
        print(f"{k:<12} {counts[(k, 'ARM')]:>6} {counts[(k, 'AZE')]:>6}")
    index = collections.defaultdict(list)
    for r in rows:
        for n in [r["name"]] + [x for x in r["other_names"].split(";") if x]:
            index[fold(n)].append(r)
    missing = 0
    print("\ncheck list:")
    for label, alts, kind in CHECKS:
        hits = []
        for a in alts:
            hits += [r for r in index.get(fold(a), []) if r not in hits]
        if kind:
            hits_k = [r for r in hits if r["kind"] == kind]
            hits = hits_k or hits
        if hits:
            desc = "; ".join(f"{r['id']} {r['kind']} {r['name']} {r['country']}/{r['province']}"
                             f" {r['border_km']} km" for r in hits[:3])
            print(f"  ok       {label}: {desc}" + (f" (+{len(hits) - 3} more)" if len(hits) > 3 else ""))
        else:
            missing += 1
            print(f"  MISSING  {label}")
    print(f"\n{len(CHECKS) - missing} of {len(CHECKS)} resolve")
    for b in bad[:50]:
        print("BROKEN:", b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
