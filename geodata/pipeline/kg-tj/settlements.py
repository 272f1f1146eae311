"""The settlements layer of the Kyrgyzstan–Tajikistan pack: GeoNames
cities500 places of KG, TJ and UZ within SWEEP_KM of the KGZ–TJK line or an
enclave ring, plus the sweep gazetteer's hand-kept settlements (rows read
off cited pages) that GeoNames lacks.

Country and province are decided as the first theatre's SettlementBuilder
does: the province tile covering the point; else the nearest tile within
TOLERANCE_M (`in_tolerance_band`, basis "nearest polygon"); where that
country is not the source's own and the point lies within the border's
tolerance of the line, the source's country and its nearest tile are kept
(basis "source"): the line cannot tell there.
"""
import csv
import re
import unicodedata

from shapely.geometry import MultiLineString, Point, shape
from shapely.prepared import prep
from shapely.strtree import STRtree

from geo import TO_M, dist_m, to_m

SWEEP_KM = 60.0
TOLERANCE_M = 3500.0
STATED = {"KG": "KGZ", "TJ": "TJK", "UZ": "UZB"}


def ascii_fold(name):
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[’'ʻʼ`]", "", text)


class Placer:
    def __init__(self, provinces, border_features):
        self.provinces = provinces
        self.prepared = [prep(g) for _, g in provinces]
        self.boxes = STRtree([g for _, g in provinces])
        self.lines = [(f["properties"]["tolerance_m"], to_m(shape(f["geometry"]))) for f in border_features]
        self.line_tree = STRtree([g for _, g in self.lines])

    def border_distance(self, lonlat):
        """Geodesic metres to the nearest border line, and that line's tolerance."""
        pm = Point(TO_M.transform(*lonlat))
        i = self.line_tree.query_nearest(pm)[0]
        return dist_m(lonlat, self.lines[i][1]), self.lines[i][0]

    def nearest_unit(self, lonlat, country=None, within=TOLERANCE_M):
        pt = Point(lonlat)
        best = None
        for i, (p, g) in enumerate(self.provinces):
            if country and p["country"] != country:
                continue
            if g.distance(pt) > within / 50000.0:  # cheap bound in degrees (~50 km per degree or more here)
                continue
            d = dist_m(lonlat, to_m(g.boundary))
            if d <= within and (best is None or d < best[1]):
                best = (i, d)
        return best

    def place(self, lonlat, stated):
        """-> (country, province id, in_band, basis)."""
        pt = Point(lonlat)
        hit = next((i for i in self.boxes.query(pt) if self.prepared[i].covers(pt)), None)
        in_band = False
        if hit is None:
            near = self.nearest_unit(lonlat)
            hit, in_band = (near[0], True) if near else (None, False)
        country = self.provinces[hit][0]["country"] if hit is not None else None
        province = self.provinces[hit][0]["id"] if hit is not None else None
        basis = "nearest polygon" if in_band else "polygon"
        if country != stated:
            d, tol = self.border_distance(lonlat)
            if d <= tol:
                near = self.nearest_unit(lonlat, stated, 20000.0)
                country, province, basis = stated, (self.provinces[near[0]][0]["id"] if near else None), "source"
        return country, province, in_band, basis


def feature(sid, props, lonlat):
    return {"type": "Feature", "id": sid, "properties": props,
            "geometry": {"type": "Point", "coordinates": [round(lonlat[0], 7), round(lonlat[1], 7)]}}


def build(cities, gazetteer_path, provinces, border_features, report):
    placer = Placer(provinces, border_features)
    sweep = to_m(MultiLineString([l for f in border_features for l in shape(f["geometry"]).geoms]))
    features, disagreements = [], []
    for key in sorted(cities, key=int):
        c = cities[key]
        lonlat = (c["longitude"], c["latitude"])
        if dist_m(lonlat, sweep) > SWEEP_KM * 1000:
            continue
        stated = STATED[c["countrycode"]]
        country, province, in_band, basis = placer.place(lonlat, stated)
        if country != stated:
            disagreements.append((c["name"], "geonames:%d" % c["geonameid"], stated, country, basis))
        gid = int(c["geonameid"])
        props = dict(id="geonames:%d" % gid, geonameid=gid, name=c["name"], ascii_name=ascii_fold(c["name"]),
                     alternate_names=[n for n in c.get("alternatenames", []) if n != c["name"]],
                     population=int(c["population"]) if c.get("population") is not None else None,
                     country=country, province=province, in_tolerance_band=in_band,
                     source="GeoNames cities500", citation="https://www.geonames.org/%d" % gid,
                     sourced_admin="%s admin1 %s" % (c["countrycode"], c.get("admin1code", "")),
                     stated_country=stated, note=None, basis=basis)
        features.append(feature(props["id"], props, lonlat))
    from_geonames = len(features)
    with open(gazetteer_path, encoding="utf-8") as f:
        # Hand-kept rows only: the swept datasets' villages (GeoNames, Who's On First) stay in the gazetteer.
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["kind"] == "settlement"
                and not r["id"].startswith(("geonames:", "wof:"))]
    for r in rows:
        lonlat = (float(r["lon"]), float(r["lat"]))
        stated = r["country"]
        country, province, in_band, basis = placer.place(lonlat, stated)
        if country != stated:
            disagreements.append((r["name"], r["id"], stated, country, basis))
        sid = "supplement:" + re.sub(r"[^a-z0-9]+", "-", ascii_fold(r["name"]).lower()).strip("-")
        props = dict(id=sid, geonameid=None, name=r["name"], ascii_name=ascii_fold(r["name"]),
                     alternate_names=[n for n in r["other_names"].split(";") if n],
                     population=None, country=country, province=province, in_tolerance_band=in_band,
                     source="gazetteer.tsv", citation=r["source"],
                     sourced_admin="%s: %s" % (stated, r["province"]), stated_country=stated,
                     note=r["note"] or None, basis=basis)
        features.append(feature(sid, props, lonlat))
    report.append("## Settlements\n")
    report.append("%d GeoNames cities500 places of KG, TJ and UZ within %.0f km (geodesic) of the KGZ–TJK line or "
                  "an enclave ring, and %d settlements of gazetteer.tsv that GeoNames lacks: %d in all.\n" % (
                      from_geonames, SWEEP_KM, len(rows), len(features)))
    by_basis = {}
    for f in features:
        by_basis[f["properties"]["basis"]] = by_basis.get(f["properties"]["basis"], 0) + 1
    report.append("Basis of country and province: " + ", ".join(
        "%s %d" % kv for kv in sorted(by_basis.items())) + ".\n")
    report.append("Places whose polygon country is not their source's (%d):\n" % len(disagreements))
    for name, sid, stated, country, basis in disagreements:
        report.append("- %s (%s): source %s, polygon %s, basis %s" % (name, sid, stated, country, basis))
    report.append("")
    return features
