#!/usr/bin/env python3
"""Scores `borderwatch ingest` on the real-report corpus (Tests/Corpus/<theatre>/labels.json).

The texts are never in the repository: each report is read from its local
copy (.corpus/<theatre>/<file>, made as Tests/Corpus/<theatre>/fetch_texts.md
says; the seeds from ../shared/seeds/). A labelled report whose copy is
missing, or whose copy is not the labelled text (excerpt_sha256), fails the
run. Prints n/N for every figure, per group (test, dev, seed), never one
headline number for all.

Labelled incidents are paired with proposals so that the pairs' total score
(dates, places, type) is the highest any pairing gives; `--greedy` pairs the
best-scoring pair first instead, as the first rounds were measured.

`--misses` also writes, for the development reports and the seeds only (never
the test third), each labelled fact the engine missed and the proposals it
made, to .build-eval/misses-<theatre>.txt: what a reading rule is changed by.

Usage: scripts/eval_corpus.py [--greedy] [--misses] BORDERWATCH [THEATRE ...]
"""
import csv
import glob
import hashlib
import json
import math
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEAR_KM = {"province": 40, "region": 60, "district": 25, "border-sector": 25, "enclave": 10}


def km(a, b):
    """Great-circle kilometres: enough to tell whether two points name the same place."""
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def fold(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


UNIT_WORDS = ("region", "province", "oblast", "oblasty", "viloyat", "viloyati")


def fold_unit(s):
    """A first-level unit's name without its generic word: "Batken Region", "Batken province" and "Batken" are one."""
    words = (s or "").replace("-", " ").split()
    while words and fold(words[-1]) in UNIT_WORDS:
        words.pop()
    return fold(" ".join(words))


def side_of(label_side):
    return label_side.replace("civilians-", "")


def interval(p):
    """A proposal's date as (from, to) ISO strings, or None when unresolved."""
    d = p.get("date")
    if not d:
        return None
    parts = d.split("/")
    return (parts[0], parts[-1])


def overlaps(a, b):
    if a is None or b is None or None in a or None in b:
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def pack_features():
    """Every gazetteer feature of the installed packs: (id, its names, latitude, longitude)."""
    for pack in sorted(glob.glob(os.path.join(ROOT, "geodata", "theatres", "*", ""))):
        gazetteer = os.path.join(pack, "gazetteer.tsv")
        if os.path.exists(gazetteer):
            for row in csv.DictReader(open(gazetteer, encoding="utf-8"), delimiter="\t"):
                yield row["id"], [row["name"]] + (row["other_names"] or "").split(";"), float(row["lat"]), float(row["lon"])
        settlements = os.path.join(pack, "settlements.geojson")
        if os.path.exists(settlements):
            for f in json.load(open(settlements, encoding="utf-8"))["features"]:
                p, (lon, lat) = f["properties"], f["geometry"]["coordinates"]
                yield p["id"], [p["name"]] + (p.get("alternate_names") or []), lat, lon


def feature_names():
    """Every name of every gazetteer feature of the installed packs, folded, by feature id."""
    names = {}
    for fid, written, _, _ in pack_features():
        names.setdefault(fid, set()).update(fold(n) for n in written)
    return names


FEATURE_NAMES = feature_names()


def place_hit(label, proposal):
    for loc in proposal.get("locations", []):
        if label.get("lat") is not None and loc.get("latitude") is not None:
            limit = NEAR_KM.get(label.get("kind"), 3)
            if km((label["lat"], label["lon"]), (loc["latitude"], loc["longitude"])) <= limit:
                return True
        names = {fold(loc.get("name")), fold(loc.get("province"))}
        if fold(label.get("feature")) in names or fold(label.get("as_written")) in names:
            return True
        if label.get("kind") == "province" and loc.get("province") \
                and fold_unit(loc["province"]) in {fold_unit(label.get("feature")), fold_unit(label.get("as_written"))}:
            return True
        # A label without a position names its place only: the feature the engine resolved may know that name
        # among its others (the label's Ak-Sai is the gazetteer's Ak-Say).
        if label.get("lat") is None and {fold(label.get("feature")), fold(label.get("as_written"))} - {""} \
                & FEATURE_NAMES.get(loc.get("settlement_id") or "", set()):
            return True
    return False


def casualty_hit(label, proposal):
    for claim in proposal.get("claims", []):
        for c in claim.get("casualties", []):
            figure = c.get(label["kind"])
            if c.get("side") == side_of(label["side"]) and figure and figure.get("low") == label["low"]:
                return True
    return False


def pair_score(label, proposal):
    """How well a proposal fits a labelled incident: 2 for overlapping dates, 1 per place found, 1 for the type."""
    span = (label["date"].get("from"), label["date"].get("to"))
    return (2 if overlaps(span, interval(proposal)) else 0) + sum(place_hit(pl, proposal) for pl in label["places"]) \
        + (1 if proposal.get("type") == label.get("type") else 0)


def match(labels, proposals, greedy=False):
    """Pairs each labelled incident with at most one proposal scoring 2 or more, the pairs' total score the
    highest any pairing gives (greedy: best pair first, as the first rounds measured)."""
    scores = [[pair_score(l, p) for p in proposals] for l in labels]
    if greedy:
        pairs, used = {}, set()
        ranked = sorted((-scores[i][j], i, j) for i in range(len(labels)) for j in range(len(proposals))
                        if scores[i][j] >= 2)
        for _, i, j in ranked:
            if i not in pairs and j not in used:
                pairs[i] = j
                used.add(j)
        return pairs
    weights = [[w if w >= 2 else 0 for w in row] for row in scores]
    assignment = best_assignment(weights)
    return {i: j for i, j in assignment.items() if weights[i][j] >= 2}


def best_assignment(weights):
    """Rows to distinct columns with the largest total weight (Hungarian method on a padded square matrix)."""
    n = max(len(weights), max((len(r) for r in weights), default=0))
    if n == 0:
        return {}
    top = max((w for r in weights for w in r), default=0)
    cost = [[top - (weights[i][j] if i < len(weights) and j < len(weights[i]) else 0) for j in range(n)]
            for i in range(n)]
    u, v, way, owner = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        least, used = [math.inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    c = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if c < least[j]:
                        least[j], way[j] = c, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {owner[j] - 1: j - 1 for j in range(1, n + 1)
            if owner[j] and owner[j] - 1 < len(weights) and j - 1 < len(weights[owner[j] - 1])}


def text_path(theatre, report):
    if report["group"] == "seed":
        return os.path.join(ROOT, "..", "shared", "seeds", report["file"])
    return os.path.join(ROOT, ".corpus", theatre, report["file"])


def describe(proposal):
    places = "; ".join(filter(None, (loc.get("name") or loc.get("province") for loc in proposal.get("locations", []))))
    figures = "; ".join(f"{claim.get('claimant')}: {c.get('side')} " + ", ".join(
        f"{k} {c[k].get('low')}" for k in ("killed", "wounded", "captured", "missing") if c.get(k))
        for claim in proposal.get("claims", []) for c in claim.get("casualties", []))
    return f"{proposal.get('date') or 'unresolved'} {proposal.get('type')} [{places}] {{{figures}}}"


def misses_of(report, proposals, pairs):
    """What a development report's reading missed, one line per fact, and what was proposed."""
    lines = []
    for i, l in enumerate(report["incidents"]):
        span = f"{l['date'].get('from')}/{l['date'].get('to')}"
        p = proposals[pairs[i]] if i in pairs else None
        if p is None:
            lines.append(f"  not found: {span} {l.get('type')} " + "; ".join(pl.get("as_written") or "" for pl in l["places"]))
            continue
        if interval(p) != (l["date"].get("from"), l["date"].get("to")) and l["date"].get("precision") != "unresolved":
            lines.append(f"  date: labelled {span}, read {p.get('date')}")
        for pl in l["places"]:
            if not place_hit(pl, p):
                lines.append(f"  place: {pl.get('as_written')!r} ({pl.get('feature')}, {pl.get('kind')}) not in {describe(p)}")
        for c in l["casualties"]:
            if not c.get("running_total") and c["kind"] in ("killed", "wounded", "captured", "missing") \
                    and not casualty_hit(c, p):
                lines.append(f"  casualty: {c['side']} {c['kind']} {c['low']} ({c.get('claimant')}) not in {describe(p)}")
    unpaired = [describe(p) for j, p in enumerate(proposals) if j not in pairs.values()]
    lines += [f"  proposed, unlabelled: {u}" for u in unpaired]
    return [f"{report['file']} ({report.get('url')})"] + lines if lines else []


def evaluate(binary, theatre, greedy=False, misses=None):
    labels = json.load(open(os.path.join(ROOT, "Tests", "Corpus", theatre, "labels.json"), encoding="utf-8"))
    figures, problems = {}, []
    for report in labels["reports"]:
        path = text_path(theatre, report)
        if not os.path.exists(path):
            problems.append(f"{theatre}/{report['file']}: no local copy at {os.path.relpath(path, ROOT)}")
            continue
        data = open(path, "rb").read()
        if report.get("excerpt_sha256") and hashlib.sha256(data).hexdigest() != report["excerpt_sha256"]:
            problems.append(f"{theatre}/{report['file']}: the local copy is not the labelled text (sha256 differs)")
            continue
        command = [binary, "ingest", path, "--format", "json"]
        # What an analyst gives ingest besides the text: the manifest's date, address and outlet.
        if report.get("published"):
            command += ["--published", report["published"]]
        if report.get("url"):
            command += ["--source-url", report["url"]]
        if report.get("outlet"):
            command += ["--outlet", report["outlet"]]
        run = subprocess.run(command, capture_output=True, text=True)
        proposals = json.loads(run.stdout)["incidents"] if run.returncode == 0 else []
        pairs = match(report["incidents"], proposals, greedy)
        if misses is not None and report["group"] != "test":
            misses += misses_of(report, proposals, pairs)
        f = figures.setdefault(report["group"], {k: [0, 0] for k in
                                                 ("incidents found", "incident precision", "dates", "places", "casualty figures")})
        f["incidents found"][0] += len(pairs)
        f["incidents found"][1] += len(report["incidents"])
        f["incident precision"][0] += len(pairs)
        f["incident precision"][1] += len(proposals)
        for i, l in enumerate(report["incidents"]):
            p = proposals[pairs[i]] if i in pairs else None
            f["dates"][1] += 1
            if p is not None and l["date"].get("precision") != "unresolved" \
                    and interval(p) == (l["date"].get("from"), l["date"].get("to")):
                f["dates"][0] += 1
            elif p is not None and l["date"].get("precision") == "unresolved" and interval(p) is None:
                f["dates"][0] += 1
            for pl in l["places"]:
                f["places"][1] += 1
                f["places"][0] += 1 if p is not None and place_hit(pl, p) else 0
            for c in l["casualties"]:
                if c.get("running_total") or c["kind"] not in ("killed", "wounded", "captured", "missing"):
                    continue
                f["casualty figures"][1] += 1
                f["casualty figures"][0] += 1 if p is not None and casualty_hit(c, p) else 0
    return figures, problems


def main():
    flags = {a for a in sys.argv[1:] if a in ("--greedy", "--misses")}
    arguments = [a for a in sys.argv[1:] if a not in flags]
    greedy = "--greedy" in flags
    if not arguments:
        sys.exit(__doc__)
    binary, theatres = arguments[0], arguments[1:] or ["am-az", "kg-tj"]
    all_problems, results = [], {}
    os.makedirs(os.path.join(ROOT, ".build-eval"), exist_ok=True)
    for theatre in theatres:
        misses = [] if "--misses" in flags else None
        figures, problems = evaluate(binary, theatre, greedy, misses)
        if misses is not None:
            with open(os.path.join(ROOT, ".build-eval", f"misses-{theatre}.txt"), "w", encoding="utf-8") as out:
                out.write("\n".join(misses) + "\n")
        all_problems += problems
        results[theatre] = figures
        for group in ("test", "dev", "seed"):
            if group not in figures:
                continue
            row = ", ".join(f"{k} {n}/{d}" for k, (n, d) in figures[group].items())
            print(f"{theatre} {group}: {row}")
    json.dump(results, open(os.path.join(ROOT, ".build-eval", "corpus.json"), "w"), indent=1)
    if all_problems:
        print("eval: labelled reports without their local copy (make them as fetch_texts.md says):", file=sys.stderr)
        for p in all_problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
