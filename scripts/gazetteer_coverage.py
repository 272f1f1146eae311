#!/usr/bin/env python3
"""How many labelled place strings of the real-report corpus the gazetteer resolves to the right feature.

Each place a label gives (Tests/Corpus/<theatre>/labels.json: the string as the report wrote it, the feature it
means, its position when known) is looked up as a user would, `borderwatch place STRING --format csv`, which
lists every place the name can mean. It counts as resolved when one of them is the labelled feature: within
the distance eval_corpus.py allows for its kind of the labelled position, or, for a label without a position,
named as the feature or the string (a unit without its generic word: "Batken region" is Batken), or within 3 km
of a pack feature that has that name among its others (the label's Ak-Sai is the gazetteer's Ak-Say). Needs no report text, only the labels. Prints n/N per theatre and group
(dev, test, seed); `--misses` writes the development and seed strings not resolved (never the test third's)
to .build-eval/coverage-misses-<theatre>.txt.

Usage: scripts/gazetteer_coverage.py [--misses] BORDERWATCH [THEATRE ...]
"""
import csv
import io
import json
import os
import subprocess
import sys

from eval_corpus import NEAR_KM, ROOT, fold, fold_unit, km, pack_features


def named_positions():
    """Every name of every feature of the installed packs' gazetteers, folded, with the positions it names."""
    positions = {}
    for _, written, lat, lon in pack_features():
        for n in written:
            positions.setdefault(fold(n), []).append((lat, lon))
    return positions


NAMED = named_positions()


def matches(binary, name, cache):
    """The places `place NAME` lists: (folded name, latitude, longitude); none when the name is unknown."""
    if name not in cache:
        run = subprocess.run([binary, "place", name, "--format", "csv"], capture_output=True, text=True)
        rows = list(csv.DictReader(io.StringIO(run.stdout))) if run.returncode == 0 else []
        cache[name] = [(fold(r["name"]), float(r["latitude"]), float(r["longitude"])) for r in rows]
    return cache[name]


def resolved(label, found):
    if label.get("lat") is not None:
        limit = NEAR_KM.get(label.get("kind"), 3)
        return any(km((label["lat"], label["lon"]), (lat, lon)) <= limit for _, lat, lon in found)
    written = [label.get("feature"), label.get("as_written")]
    names = {fold(n) for n in written} - {""}
    units = {fold_unit(n) for n in written} - {""}
    known = [q for n in names for q in NAMED.get(n, [])]
    return any(n in names or fold_unit(n) in units or any(km(q, (lat, lon)) <= 3 for q in known)
               for n, lat, lon in found)


def coverage(binary, theatre, cache, misses):
    labels = json.load(open(os.path.join(ROOT, "Tests", "Corpus", theatre, "labels.json"), encoding="utf-8"))
    figures = {}
    for report in labels["reports"]:
        group = report["group"]
        for incident in report["incidents"]:
            for place in incident["places"]:
                ok = resolved(place, matches(binary, place["as_written"], cache))
                f = figures.setdefault(group, [0, 0])
                f[0] += ok
                f[1] += 1
                if not ok and group != "test" and misses is not None:
                    misses.append(f"{group} {report['file']}: '{place['as_written']}' ({place.get('kind')}, "
                                  f"{place.get('feature')})")
    return figures


def main():
    flags = {a for a in sys.argv[1:] if a == "--misses"}
    arguments = [a for a in sys.argv[1:] if a not in flags]
    if not arguments:
        sys.exit(__doc__)
    binary, theatres = arguments[0], arguments[1:] or ["am-az", "kg-tj"]
    cache = {}
    os.makedirs(os.path.join(ROOT, ".build-eval"), exist_ok=True)
    for theatre in theatres:
        misses = [] if flags else None
        figures = coverage(binary, theatre, cache, misses)
        for group in ("test", "dev", "seed"):
            if group in figures:
                print(f"{theatre} {group}: place strings resolved {figures[group][0]}/{figures[group][1]}")
        if misses is not None:
            with open(os.path.join(ROOT, ".build-eval", f"coverage-misses-{theatre}.txt"), "w",
                      encoding="utf-8") as out:
                out.write("\n".join(misses) + "\n")


if __name__ == "__main__":
    main()
