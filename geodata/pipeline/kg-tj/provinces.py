"""First-level units of the Kyrgyzstan–Tajikistan pack, tiling the country
polygons exactly, as the first theatre's ProvinceTiler does.

Natural Earth's generalized admin-1 units follow Natural Earth's own country
outlines (1–6 km off OpenStreetMap's line here), so clipped to the countries
they leave slivers of gap and overlap. Overlaps go to the unit listed first
(the units on the line first); gaps are cut into 0.02° cells (about 2 km)
and each piece goes to the nearest unit, which splits a long sliver between
the units along it much as the first theatre's growth in 200 m steps does.
"""
import math

from shapely.geometry import box, shape
from shapely.ops import unary_union
from shapely.strtree import STRtree

from geo import drop_slivers, garea_m2, parts, polygonal

CELL_DEGREES = 0.02  # about 2 km: the gap pieces given whole to one unit

# Natural Earth's unit, by its GeoNames name (`gn_name`, unique here where
# `name` is not: two Tashkents) -> ISO 3166-2 code, English name, kind, other
# names. Codes: ISO 3166-2:KG, :TJ, :UZ (https://www.iso.org/obp/ui/#iso:code:3166:KG,
# and :TJ, :UZ). `local_name` is the GeoNames name Natural Earth carries.
UNITS = {
    "Batken Oblasty": ("KG-B", "Batken", "oblast", ["Batken Region"]),
    "Osh Oblasty": ("KG-O", "Osh", "oblast", ["Osh Region"]),
    "Jalal-Abad Oblasty": ("KG-J", "Jalal-Abad", "oblast", ["Jalal-Abad Region", "Jalalabad", "Dzhalal-Abad"]),
    "Naryn Oblasty": ("KG-N", "Naryn", "oblast", ["Naryn Region"]),
    "Talas Oblasty": ("KG-T", "Talas", "oblast", ["Talas Region"]),
    "Issyk-Kul'skaya Oblast'": ("KG-Y", "Issyk-Kul", "oblast", ["Ysyk-Köl", "Issyk-Kul Region"]),
    "Chuy Oblasty": ("KG-C", "Chüy", "oblast", ["Chuy", "Chui"]),
    "Gorod Bishkek": ("KG-GB", "Bishkek", "city", []),
    "Viloyati Sughd": ("TJ-SU", "Sughd", "viloyat", ["Sogd", "Soghd", "Leninabad"]),
    "Region of Republican Subordination": ("TJ-RA", "Districts of Republican Subordination", "region",
                                           ["Republican Subordination", "Region of Republican Subordination"]),
    "Viloyati Mukhtori Kuhistoni Badakhshon": ("TJ-GB", "Gorno-Badakhshan", "autonomous viloyat",
                                               ["GBAO", "Kuhistoni Badakhshon", "Badakhshan"]),
    "Viloyati Khatlon": ("TJ-KT", "Khatlon", "viloyat", []),
    "Dushanbe": ("TJ-DU", "Dushanbe", "city", []),
    "Fergana": ("UZ-FA", "Fergana", "viloyat", ["Ferghana", "Farg'ona", "Fargʻona"]),
    "Andijan": ("UZ-AN", "Andijan", "viloyat", ["Andijon"]),
    "Namangan Province": ("UZ-NG", "Namangan", "viloyat", []),
    "Toshkent Viloyati": ("UZ-TO", "Tashkent Region", "viloyat", ["Toshkent"]),
    "Toshkent Shahri": ("UZ-TK", "Tashkent", "city", ["Toshkent"]),
    "Sirdaryo Viloyati": ("UZ-SI", "Sirdaryo", "viloyat", ["Syrdarya"]),
    "Jizzakh Province": ("UZ-JI", "Jizzakh", "viloyat", ["Jizzax"]),
    "Samarqand Viloyati": ("UZ-SA", "Samarkand", "viloyat", ["Samarqand"]),
    "Surxondaryo Viloyati": ("UZ-SU", "Surkhandarya", "viloyat", ["Surxondaryo"]),
    "Qashqadaryo Province": ("UZ-QA", "Kashkadarya", "viloyat", ["Qashqadaryo"]),
    "Navoiy Province": ("UZ-NW", "Navoiy", "viloyat", ["Navoi"]),
    "Bukhara Province": ("UZ-BU", "Bukhara", "viloyat", ["Buxoro", "Bukhoro"]),
    "Xorazm Viloyati": ("UZ-XO", "Khorezm", "viloyat", ["Xorazm"]),
    "Karakalpakstan": ("UZ-QR", "Karakalpakstan", "republic", ["Qoraqalpogʻiston"]),
}
# The units on the KG–TJ line first: on an overlap of Natural Earth's units they keep the ground.
LINE_UNITS = ["KG-B", "KG-O", "TJ-SU", "TJ-RA", "TJ-GB", "UZ-FA", "UZ-AN", "UZ-NG"]


def describe(iso3, ne_props):
    gn = ne_props["gn_name"]
    if gn not in UNITS:
        raise SystemExit("provinces.py: Natural Earth unit %r (%s) is not in UNITS" % (gn, iso3))
    uid, name, kind, alt = UNITS[gn]
    return dict(id=uid, name=name, local_name=gn, iso_3166_2=uid, country=iso3, kind=kind,
                region=None, alternate_names=[a for a in alt + [ne_props["name"]] if a != name and a != gn])


def priority(ne_props):
    uid = UNITS.get(ne_props["gn_name"], ("",))[0]
    return (LINE_UNITS.index(uid) if uid in LINE_UNITS else len(LINE_UNITS), uid)


def tile(country, units):
    """units: geometries in priority order -> (tiles, gap pieces assigned)."""
    tiles, taken = [], None
    for u in units:
        own = polygonal(u.buffer(0).intersection(country))
        if taken is not None:
            own = polygonal(own.difference(taken))
        tiles.append(own)
        taken = own if taken is None else unary_union([taken, own])
    remaining = drop_slivers(country.difference(taken), 1e-12)
    # Cut the gap into grid cells, so that a long sliver is split between the
    # units along it, and give each piece to the nearest unit.
    pieces = [q for part in parts(remaining) for cell in grid_over(part)
              for q in parts(polygonal(part.intersection(cell)))]
    tree = STRtree(tiles)
    additions = [[] for _ in tiles]
    for piece in pieces:
        additions[int(tree.query_nearest(piece.representative_point())[0])].append(piece)
    tiles = [polygonal(unary_union(parts(t) + extra)) for t, extra in zip(tiles, additions)]
    return tiles, len(pieces)


def grid_over(g):
    """Square cells of CELL_DEGREES (on a fixed grid) meeting the geometry's bounds."""
    x0, y0, x1, y1 = g.bounds
    i0, j0 = math.floor(x0 / CELL_DEGREES), math.floor(y0 / CELL_DEGREES)
    i1, j1 = math.ceil(x1 / CELL_DEGREES), math.ceil(y1 / CELL_DEGREES)
    return [box(i * CELL_DEGREES, j * CELL_DEGREES, (i + 1) * CELL_DEGREES, (j + 1) * CELL_DEGREES)
            for i in range(i0, i1) for j in range(j0, j1)]


def build(countries, admin1_features, report):
    """countries: iso3 -> geometry. Returns [(props, geometry)]."""
    result = []
    report.append("## Provinces\n")
    report.append("| country | units | gap pieces assigned | gap m² after tiling | overlap m² between units |")
    report.append("|---|---|---|---|---|")
    for iso3 in ("KGZ", "TJK", "UZB"):
        feats = [f for f in admin1_features if f["properties"]["adm0_a3"] == iso3]
        feats.sort(key=lambda f: priority(f["properties"]))
        tiles, pieces = tile(countries[iso3], [shape(f["geometry"]) for f in feats])
        gap = garea_m2(countries[iso3].difference(unary_union(tiles)))
        overlap = sum(garea_m2(tiles[i].intersection(tiles[j]))
                      for i in range(len(tiles)) for j in range(i + 1, len(tiles))
                      if tiles[i].intersects(tiles[j]))
        report.append("| %s | %d | %d | %.1f | %.1f |" % (iso3, len(tiles), pieces, gap, overlap))
        for f, t in zip(feats, tiles):
            result.append((describe(iso3, f["properties"]), t))
    report.append("")
    return result
