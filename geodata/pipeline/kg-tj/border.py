"""The border layer of the Kyrgyzstan–Tajikistan pack: the KGZ–TJK line as
the shared edge of the two country polygons, in segments named by the
first-level units on either side, and the enclave rings (with `de_jure` and
`controlled_by`, which is how the engine recognises an exclave ring).
"""
import re
import statistics

from shapely.geometry import LineString, MultiLineString, Point
from shapely.strtree import STRtree

from enclaves import ENCLAVES
from geo import TO_M, dist_m, gdist_m, glen_km, linear, parts, rounded, to_m

SCALE = "OpenStreetMap, not generalized"
TOLERANCE_M = 100  # as the first theatre's OpenStreetMap line
MIN_RUN_M = 3000.0  # unit changes closer than this are merged (1:10m units)


def order_pieces(pieces, start_near):
    """Chains line pieces end to end, starting at the one nearest start_near."""
    pieces = [list(p.coords) for p in pieces]
    first = min(range(len(pieces)), key=lambda i: min(start_near.distance(Point(pieces[i][0])),
                                                      start_near.distance(Point(pieces[i][-1]))))
    pc = pieces.pop(first)
    if start_near.distance(Point(pc[-1])) < start_near.distance(Point(pc[0])):
        pc.reverse()
    ordered, breaks = [pc], []
    while pieces:
        end = ordered[-1][-1]
        best = min(range(len(pieces)), key=lambda i: min(gdist_m(end, pieces[i][0]), gdist_m(end, pieces[i][-1])))
        pc = pieces.pop(best)
        if gdist_m(end, pc[-1]) < gdist_m(end, pc[0]):
            pc.reverse()
        breaks.append(gdist_m(end, pc[0]))
        ordered.append(pc)
    return ordered, breaks


def unit_runs(coords, units_a, units_b):
    """Splits a vertex sequence into runs by (unit of side A, unit of side B)
    nearest each vertex; runs shorter than MIN_RUN_M join the previous run."""
    def labeller(units):
        geoms = [to_m(g) for _, g in units]
        tree = STRtree(geoms)
        return lambda c: units[tree.query_nearest(Point(TO_M.transform(*c)))[0]][0]
    la, lb = labeller(units_a), labeller(units_b)
    labels = [(la(c), lb(c)) for c in coords]
    runs = []
    for i, lab in enumerate(labels):
        if runs and runs[-1][0] == lab:
            runs[-1][2] = i
        else:
            if runs:
                runs[-1][2] = i  # runs share their joint vertex
            runs.append([lab, i, i])
    merged = True
    while merged and len(runs) > 1:
        merged = False
        for k, (_, s, e) in enumerate(runs):
            if glen_km(LineString(coords[s:e + 1])) * 1000 < MIN_RUN_M:
                if k > 0:
                    runs[k - 1][2] = e
                else:
                    runs[k + 1][1] = s
                del runs[k]
                merged = True
                break
        k = 1
        while k < len(runs):
            if runs[k][0] == runs[k - 1][0]:
                runs[k - 1][2] = runs[k][2]
                del runs[k]
            else:
                k += 1
    return [(lab, coords[s:e + 1]) for lab, s, e in runs]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find_enclaves(countries):
    """Enclave -> its polygon (a part of its de jure country that is not the largest)."""
    found = {}
    for e in ENCLAVES:
        pt = Point(e.anchor[1], e.anchor[0])
        cands = sorted(parts(countries[e.de_jure]), key=lambda p: -p.area)[1:]
        hit = [p for p in cands if p.contains(pt)] or [p for p in cands if dist_m(
            (pt.x, pt.y), to_m(p.exterior)) < 1500]
        if hit:
            found[e.id] = hit[0]
    return found


def build(countries, provinces, tz_source, report):
    """countries: iso3 -> geometry; provinces: [(props, geometry)].
    Returns the border features (segments first, then rings) and the mainland line."""
    kgz, tjk, uzb = countries["KGZ"], countries["TJK"], countries["UZB"]
    tjk_main = max(parts(tjk), key=lambda p: p.area)
    pieces = linear(kgz.boundary.intersection(tjk_main.boundary))
    # West end: the KGZ–TJK–UZB tripoint in the Fergana valley.
    uzb_main = max(parts(uzb), key=lambda p: p.area)
    ordered, breaks = order_pieces(pieces, uzb_main.boundary)
    units = lambda iso: [(p["name"], g) for p, g in provinces if p["country"] == iso]
    features, seen = [], {}
    report.append("## Border\n")
    report.append("The KGZ–TJK line is the shared edge of the KGZ polygon and the main TJK polygon, from the "
                  "KGZ–TJK–UZB tripoint to the KGZ–TJK–CHN tripoint; segments are named by the nearest province "
                  "tile on each side (runs under 3 km merged).\n")
    report.append("| id | segment | km | from (lon, lat) | to (lon, lat) | vertices |")
    report.append("|---|---|---|---|---|---|")
    total = 0.0
    for pc in ordered:
        for (kg_unit, tj_unit), cs in unit_runs(pc, units("KGZ"), units("TJK")):
            base = slug("%s %s" % (kg_unit, tj_unit))
            seen[base] = seen.get(base, 0) + 1
            sid = base if seen[base] == 1 else "%s-%d" % (base, seen[base])
            line = LineString(cs)
            km = glen_km(line)
            total += km
            features.append(segment_feature(sid, "Kyrgyzstan–Tajikistan border, %s – %s" % (kg_unit, tj_unit),
                                            MultiLineString([line]), km, tz_source, None, None,
                                            sides=["KGZ", "TJK"], kgz_unit=kg_unit, tjk_unit=tj_unit))
            report.append("| %s | %s – %s | %.3f | %.5f, %.5f | %.5f, %.5f | %d |" % (
                sid, kg_unit, tj_unit, km, cs[0][0], cs[0][1], cs[-1][0], cs[-1][1], len(cs)))
    for sid, _ in list(seen.items()):
        if seen[sid] > 1:  # the first of a repeated pair is numbered too, for symmetry
            for f in features:
                if f["id"] == sid:
                    f["id"] = f["properties"]["id"] = sid + "-1"
    report.append("| | **mainland line** | **%.3f** | | | |\n" % total)
    if breaks:
        report.append("Breaks between the line's pieces: " + ", ".join("%.1f m" % b for b in breaks) + ".\n")
    rings = find_enclaves(countries)
    ring_km_kgtj = 0.0
    for e in ENCLAVES:
        if e.id not in rings:
            report.append("No polygon for %s." % e.name)
            continue
        ring = LineString(rings[e.id].exterior.coords)
        km = glen_km(ring)
        if {e.de_jure, e.surrounded_by} == {"KGZ", "TJK"}:
            ring_km_kgtj += km
        features.append(segment_feature(
            "exclave-" + e.id, "%s (%s)" % (e.name, e.label), MultiLineString([ring]), km, tz_source,
            e.de_jure, e.controlled_by, sides=sorted([e.de_jure, e.surrounded_by]),
            surrounded_by=e.surrounded_by, citation=e.cite))
        report.append("- ring `exclave-%s`: %s, %s–%s, %.3f km, %d vertices" % (
            e.id, e.name, e.de_jure, e.surrounded_by, km, len(ring.coords)))
    report.append("\nKGZ–TJK line with the KGZ–TJK enclave rings: %.3f km (984 km is the figure usually quoted, "
                  "https://en.wikipedia.org/wiki/Kyrgyzstan%%E2%%80%%93Tajikistan_border).\n" % (total + ring_km_kgtj))
    return features, MultiLineString([LineString(pc) for pc in ordered]), rings


def segment_feature(sid, name, geom, km, source, de_jure, controlled_by, **extra):
    props = dict(id=sid, name=name, length_km=round(km, 3), source=source, scale=SCALE,
                 tolerance_m=TOLERANCE_M, de_jure=de_jure, controlled_by=controlled_by)
    props.update(extra)
    return {"type": "Feature", "id": sid, "properties": props, "geometry": rounded(geom)}


def deviation(line_pieces, reference_m):
    """Median, 90th percentile and max geodesic distance (m) of the line's
    points, densified every ~50 m, from a reference in the projection."""
    ds = []
    for l in line_pieces:
        cs = list(l.coords)
        for (x0, y0), (x1, y1) in zip(cs[:-1], cs[1:]):
            n = max(1, int(gdist_m((x0, y0), (x1, y1)) // 50))
            for i in range(n):
                ds.append(dist_m((x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n), reference_m))
    ds.sort()
    return statistics.median(ds), ds[int(0.9 * (len(ds) - 1))], ds[-1]
