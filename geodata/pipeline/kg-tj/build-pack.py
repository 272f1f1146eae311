"""Builds the Kyrgyzstan–Tajikistan theatre pack from the inputs that
fetch-sources.sh leaves in a scratch folder.

    build-pack.py SCRATCH_DIR OUT_DIR

Writes countries, provinces, districts, border, historical-lines and settlements
(.geojson, RFC 7946, lon/lat, 7 decimals, exteriors counter-clockwise),
manifest.json and BUILD-REPORT.md (every check and figure) to OUT_DIR.
OUT_DIR's gazetteer.tsv (the sweep gazetteer) is read for its settlements.
"""
import importlib
import json
import os
import sys

from shapely import set_precision
from shapely.geometry import MultiLineString, Point, shape
from shapely.ops import unary_union

import border
import countries as countries_mod
import districts
import manifest
import provinces as provinces_mod
import settlements
from geo import (GRID, dist_m, garea_m2, hole_area_m2, load, overlap_table, parts, polygonal, rounded, to_m,
                 write_layer)

# Points whose country the layers must give (lon, lat, expected iso3, what).
POINT_CHECKS = [
    (70.58, 39.86, "TJK", "Vorukh, 70.58 E 39.86 N"),
    (70.58012, 39.85125, "TJK", "Vorukh, GeoNames 1220164"),
    (71.0715, 40.0359, "UZB", "Sokh"),
    (71.80512, 39.98322, "UZB", "Shohimardon, GeoNames 1216189"),
    (70.6182, 40.9605, "TJK", "Sarvan"),
    (70.48451, 39.9599, "KGZ", "Ak-Tatyr, GeoNames 8382860"),
    (70.53583, 39.94972, "KGZ", "Kök-Tash (ru.wikipedia)"),
    (70.62526, 40.12649, "TJK", "Isfara, GeoNames 1514896"),
]


def main(scratch, out):
    report = ["# Kyrgyzstan–Tajikistan pack: build report\n",
              "Written by `geodata/pipeline/kg-tj/build-pack.py`; areas and distances are geodesic on WGS84 "
              "(pyproj Geod) unless stated.\n"]
    zones = {f["properties"]["tzid"]: shape(f["geometry"]) for f in load(os.path.join(scratch, "tz_kg_tj.geojson"))["features"]}
    ne0 = {f["properties"]["ADM0_A3"]: shape(f["geometry"]) for f in load(os.path.join(scratch, "ne_admin0.geojson"))["features"]}
    ne1 = load(os.path.join(scratch, "ne_admin1.geojson"))["features"]
    cities = load(os.path.join(scratch, "cities500_kg_tj_uz.json"))

    built = countries_mod.build(zones, ne0, report)
    built = [(iso, polygonal(set_precision(g, GRID)), src) for iso, g, src in built]
    geoms = {iso: g for iso, g, _ in built}
    check_countries(geoms, report)
    write_layer(os.path.join(out, "countries.geojson"), [
        {"type": "Feature", "id": iso, "properties": {"iso3": iso, "name": countries_mod.NAMES[iso], "source": src},
         "geometry": rounded(g)} for iso, g, src in built])

    units = provinces_mod.build(geoms, ne1, report)
    units = [(p, polygonal(set_precision(g, GRID))) for p, g in units]
    for p, _ in units:
        p["source"] = countries_mod.TZ_SOURCE.split(" via")[0] + " country outline; units from Natural Earth 10m admin-1 4.1.0"
    write_layer(os.path.join(out, "provinces.geojson"), [
        {"type": "Feature", "id": p["id"], "properties": {k: v for k, v in p.items() if k != "source"},
         "geometry": rounded(g)} for p, g in units])

    report.append("## Districts\n")
    with open(os.path.join(out, "provinces.geojson"), encoding="utf-8") as f:
        write_layer(os.path.join(out, "districts.geojson"), districts.build(json.load(f)["features"], report))
    report.append("")

    tz_line_source = ("OpenStreetMap boundaries via timezone-boundary-builder 2026c (Asia/Bishkek | Asia/Dushanbe"
                      " | Asia/Tashkent)")
    border_features, mainland, rings = border.build(geoms, units, tz_line_source, report)
    check_border(geoms, border_features, ne0, report)
    write_layer(os.path.join(out, "border.geojson"), border_features)
    write_layer(os.path.join(out, "historical-lines.geojson"), [])

    # The sweep gazetteer is measured from this border; settlements take its extra villages.
    gazetteer = importlib.import_module("build-gazetteer")
    gazetteer_report = gazetteer.main(scratch, out)
    places = settlements.build(cities, os.path.join(out, "gazetteer.tsv"), units, border_features, report)
    write_layer(os.path.join(out, "settlements.geojson"), places)
    check_points(geoms, rings, report)
    report.extend(gazetteer_report)

    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest.manifest(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(out, "BUILD-REPORT.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")


def check_countries(geoms, report):
    report.append("After snapping to the written 1e-7° grid:\n")
    report.extend(overlap_table(geoms, "overlap m²", always=["KGZ", "TJK", "UZB"]))
    three = unary_union([geoms["KGZ"], geoms["TJK"], geoms["UZB"]])
    report.append("\nGround enclosed by KGZ, TJK and UZB that none of them covers: %.2f m².\n" % hole_area_m2(three))
    for iso in ("KGZ", "TJK", "UZB"):
        report.append("- %s: %d polygons, %.1f km²" % (iso, len(parts(geoms[iso])), garea_m2(geoms[iso]) / 1e6))
    report.append("")


def check_border(geoms, features, ne0, report):
    kgz_b, tjk_b = to_m(geoms["KGZ"].boundary), to_m(geoms["TJK"].boundary)
    lines = [l for f in features if f["properties"]["de_jure"] is None for l in shape(f["geometry"]).geoms]
    worst = 0.0
    vertices = 0
    for l in lines:
        for c in l.coords:
            vertices += 1
            pm = Point(*to_m(Point(c)).coords[0])
            worst = max(worst, pm.distance(kgz_b), pm.distance(tjk_b))
    report.append("\nShared edge: the %d vertices of the line lie at most %.6f m (projected) from the KGZ boundary "
                  "and from the TJK boundary.\n" % (vertices, worst))
    ne_edge = parts(unary_union([g for g in parts(ne0["KGZ"].boundary.intersection(ne0["TJK"].boundary))
                                 if g.geom_type in ("LineString", "MultiLineString")]))
    if ne_edge:
        med, p90, mx = border.deviation(lines, to_m(MultiLineString([l for p in ne_edge for l in parts(p)])))
        report.append("Against Natural Earth 10m admin-0's KGZ–TJK edge (%.1f km): the OpenStreetMap line, densified "
                      "every ~50 m, lies at median %.0f m, 90th percentile %.0f m, max %.0f m from it.\n" % (
                          sum(border.glen_km(p) for p in ne_edge), med, p90, mx))


def check_points(geoms, rings, report):
    report.append("## Point checks\n")
    report.append("| point | lon, lat | expected | country polygon | exclave polygon | m from the exclave's ring |")
    report.append("|---|---|---|---|---|---|")
    for lon, lat, expect, what in POINT_CHECKS:
        pt = Point(lon, lat)
        got = next((iso for iso, g in geoms.items() if g.covers(pt)), "none")
        ring = next((k for k, p in rings.items() if p.covers(pt)), None)
        d = "%.0f" % dist_m((lon, lat), to_m(rings[ring].exterior)) if ring else "–"
        report.append("| %s | %.5f, %.5f | %s | %s%s | %s | %s |" % (
            what, lon, lat, expect, got, "" if got == expect else " **(not as expected)**", ring or "–", d))
    report.append("")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
