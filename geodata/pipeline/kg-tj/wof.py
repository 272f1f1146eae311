"""Who's On First localities of Kyrgyzstan, Tajikistan and Uzbekistan near
the pack's lines, for build-gazetteer.py.

Read from git mirrors of whosonfirst-data-admin-kg, -tj and -uz at the
commits in PINS (git directories in $WOF_KG_GITDIR, $WOF_TJ_GITDIR,
$WOF_UZ_GITDIR, all three or none): every `locality` record neither
deprecated nor superseded within EXTRACT_KM of a line of
border.geojson is written to the zone extract inputs/wof-zone.tsv. Without
the mirrors the build reads that extract, so it runs offline and gives the
same bytes either way. The other placetypes of these repositories are not
swept here: `county` (districts: districts.py writes their layer; the
gazetteer's district names stay in inputs/districts.tsv), `region`
(the provinces layer), `neighbourhood` and `campus`.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(HERE, "inputs", "wof-zone.tsv")
EXTRACT_KM = 35.0  # a little more than the 30 km zone, so the cutoff can move without the mirrors
PINS = {
    "kg": ("whosonfirst-data/whosonfirst-data-admin-kg", "8d126343dd9220dc59f0cc5ef214781d484acd84"),
    "tj": ("whosonfirst-data/whosonfirst-data-admin-tj", "2f44379f3dbcec41293ae033d15f55535d5da054"),
    "uz": ("whosonfirst-data/whosonfirst-data-admin-uz", "7b87b1de9a1eacc2a0be4301a59a516071e52f37"),
}
# Names in the scripts and languages the two sides' media write: Kyrgyz,
# Tajik, Russian, Uzbek, English, and GeoNames' variants of no stated
# language (mostly romanisations such as "Karadzhigach").
NAME_LANGS = ("eng", "kir", "tgk", "rus", "uzb", "und")
NAME_KEY = re.compile(r"^name:(%s)_x_(preferred|variant)$" % "|".join(NAME_LANGS))
LICENCE = "https://github.com/whosonfirst-data/whosonfirst-data-admin-kg/blob/master/LICENSE.md"
COLUMNS = ["repo", "wof_id", "gn_id", "lat", "lon", "name", "names", "is_current", "wof_country", "src_geom"]


CYRILLIC = dict(zip("абвгғдеёжзиийкқлмнопрстуўүфхҳцчҷшщъыьэюяӣӯөң",
                    ["a", "b", "v", "g", "g", "d", "e", "e", "zh", "z", "i", "i", "y", "k", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "j", "sh", "sh", "", "y", "", "e",
                     "yu", "ya", "i", "u", "o", "n"]))


def skeleton(name):
    """A loose key for spellings of one name in Latin or Cyrillic letters:
    its first letter and consonants, digraphs folded ('Khaidarkan' and
    'Khaydarken', 'Istarawshan' and 'Истаравшан' agree)."""
    n = unicodedata.normalize("NFKD", name.lower())
    n = "".join(CYRILLIC.get(c, c) for c in n if not unicodedata.combining(c))
    n = re.sub(r"[^a-z]", "", n)
    for a, b in (("kh", "h"), ("gh", "g"), ("dzh", "j"), ("zh", "j"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
                 ("x", "h"), ("q", "k"), ("w", "v"), ("y", "i")):
        n = n.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", n[:1] + re.sub(r"[aeiou]", "", n[1:]))


def cleaned(n):
    n = re.sub(r"\s*\([^)]*\)\s*$", "", unicodedata.normalize("NFC", str(n))).strip()  # 'Sokh (Uzbekistan)'
    return re.sub(r"\s+", " ", n)


def record_names(p):
    """wof:name, GeoNames' name and ASCII name, then the wanted languages'
    preferred and variant names, in that order (filtered later by script).
    An English name is kept only when it spells another of the record's
    names (the same skeleton): WOF's English names are mostly spellings, but
    some translate ("International" for Internatsional'noye, "50 Years of
    Kyrgyzstan"), and a translation is an ordinary word of English text."""
    found = [(lang, cleaned(n)) for lang, n in [("", p.get("wof:name")), ("", p.get("gn:name")),
                                                 ("", p.get("gn:asciiname"))] if n]
    for lang in NAME_LANGS:
        for kind in ("preferred", "variant"):
            v = p.get("name:%s_x_%s" % (lang, kind)) or []
            found += [(lang, cleaned(n)) for n in (v if isinstance(v, list) else [v]) if n]
    spelled = {skeleton(n) for lang, n in found if lang != "eng"}
    names = []
    for lang, n in found:
        if len(n) >= 2 and n not in names and (lang != "eng" or skeleton(n) in spelled):
            names.append(n)
    return names


def is_swept(p):
    """A locality neither deprecated nor superseded (one WOF marks not
    current is kept, with a note: reports name former villages too)."""
    if p.get("wof:placetype") != "locality" or p.get("wof:superseded_by"):
        return False
    return str(p.get("edtf:deprecated", "")).strip() in ("", "uuuu")


def read_mirror(gitdir, commit):
    """(properties of every record at `commit`, placetypes seen) of one WOF repository."""
    ls = subprocess.run(["git", "-C", gitdir, "ls-tree", "-r", commit, "data"],
                        check=True, capture_output=True, text=True).stdout
    blobs = [l.split()[2] for l in ls.splitlines() if l.endswith(".geojson") and "-alt-" not in l]
    raw = subprocess.run(["git", "-C", gitdir, "cat-file", "--batch"], input="".join(b + "\n" for b in blobs).encode(),
                         check=True, capture_output=True).stdout
    buf = io.BytesIO(raw)
    for _ in blobs:
        size = int(buf.readline().split()[2])
        data = buf.read(size)
        buf.read(1)
        yield json.loads(data)["properties"]


def from_mirrors(gitdirs, border_km):
    """The zone's records from the mirrors; writes the extract."""
    rows = []
    for key in sorted(PINS):
        repo, commit = PINS[key]
        gitdir = gitdirs[key]
        have = subprocess.run(["git", "-C", gitdir, "cat-file", "-t", commit], capture_output=True, text=True)
        if have.stdout.strip() != "commit":
            sys.exit("wof.py: %s has no commit %s of %s" % (gitdir, commit, repo))
        for p in read_mirror(gitdir, commit):
            if not is_swept(p):
                continue
            lat, lon = round(float(p["geom:latitude"]), 5), round(float(p["geom:longitude"]), 5)
            d = border_km(lon, lat, EXTRACT_KM)
            if d is None:
                continue
            gn = (p.get("wof:concordances") or {}).get("gn:id") or p.get("gn:geonameid") or ""
            rows.append(dict(repo="%s@%s" % (repo, commit[:12]), wof_id=str(p["wof:id"]),
                             gn_id=str(gn) if str(gn) not in ("0", "-1") else "", lat=lat, lon=lon,
                             name=p.get("wof:name") or "", names=record_names(p),
                             is_current=str(p.get("mz:is_current", "")), wof_country=p.get("wof:country") or "",
                             src_geom=p.get("src:geom") or ""))
    rows.sort(key=lambda r: int(r["wof_id"]))
    write_extract(rows)
    return rows


def write_extract(rows):
    os.makedirs(os.path.dirname(EXTRACT), exist_ok=True)
    with open(EXTRACT, "w", encoding="utf-8", newline="") as out:
        out.write("# Who's On First locality records within %.0f km (geodesic) of a line of geodata/theatres/kg-tj/"
                  "border.geojson: facts (ids, names, positions) extracted by geodata/pipeline/kg-tj/wof.py from %s.\n"
                  % (EXTRACT_KM, ", ".join("%s@%s" % v for _, v in sorted(PINS.items()))))
        out.write("# Data from Who's On First (licence: %s): WOF's own work CC0, GeoNames-derived names and "
                  "positions CC BY 4.0. names are '|'-separated.\n" % LICENCE)
        w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["repo"], r["wof_id"], r["gn_id"], "%.5f" % r["lat"], "%.5f" % r["lon"], r["name"],
                        "|".join(r["names"]), r["is_current"], r["wof_country"], r["src_geom"]])


def from_extract():
    if not os.path.exists(EXTRACT):
        sys.exit("wof.py: no WOF mirrors ($WOF_KG_GITDIR, $WOF_TJ_GITDIR, $WOF_UZ_GITDIR) and no extract at " + EXTRACT)
    with open(EXTRACT, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    rows = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
        r["lat"], r["lon"] = float(r["lat"]), float(r["lon"])
        r["names"] = r["names"].split("|") if r["names"] else []
        rows.append(r)
    return rows


def localities(border_km):
    """Every swept WOF locality within EXTRACT_KM of the lines. border_km(lon,
    lat, limit_km) gives the geodesic km to the nearest line, or None beyond limit_km."""
    gitdirs = {k: os.environ.get("WOF_%s_GITDIR" % k.upper()) for k in PINS}
    given = [k for k, v in gitdirs.items() if v]
    if given and len(given) != len(PINS):
        sys.exit("wof.py: give all of $WOF_KG_GITDIR, $WOF_TJ_GITDIR, $WOF_UZ_GITDIR or none")
    return from_mirrors(gitdirs, border_km) if given else from_extract()
