"""Country polygons of the Kyrgyzstan–Tajikistan pack.

KGZ, TJK and UZB are the time-zone polygons Asia/Bishkek, Asia/Dushanbe and
Asia/Tashkent + Asia/Samarkand: timezone-boundary-builder builds them from
the same OpenStreetMap boundaries, unsimplified, so neighbours share their
edges vertex for vertex and the enclaves (Vorukh, Sokh, Shohimardon, Sarvan)
are polygons of their own country lying in holes of the surrounding one.
Holes of the three zones' union (ground no zone covers) go to the country
sharing the longest stretch of the hole's ring. KAZ, CHN and AFG are Natural
Earth 10m less the three, for context only.
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geo import drop_slivers, garea_m2, overlap_table, parts, polygonal

TZ_SOURCE = ("OpenStreetMap boundaries (© OpenStreetMap contributors, ODbL 1.0) via timezone-boundary-builder "
             "2026c, timezonefinder 9.0.0 + timezonefinder-data 3.2026.3.post1")
NE_SOURCE = "Natural Earth 10m admin-0 5.1.1"
ZONES = {"KGZ": ["Asia/Bishkek"], "TJK": ["Asia/Dushanbe"], "UZB": ["Asia/Tashkent", "Asia/Samarkand"]}
NAMES = {"KGZ": "Kyrgyzstan", "TJK": "Tajikistan", "UZB": "Uzbekistan",
         "KAZ": "Kazakhstan", "CHN": "China", "AFG": "Afghanistan"}
CONTEXT = ["KAZ", "CHN", "AFG"]


def build(zones, natural_earth, report):
    """zones: tzid -> geometry; natural_earth: ADM0_A3 -> geometry.
    Returns (list of (iso3, geometry, source)) with KGZ, TJK, UZB first."""
    main = {iso: polygonal(unary_union([zones[z].buffer(0) for z in ids])) for iso, ids in ZONES.items()}
    report.append("## Countries\n")
    report.extend(overlap_table(main, "overlap of the zones as published, m²"))
    union = unary_union(list(main.values()))
    holes = [Polygon(r) for p in parts(polygonal(union)) for r in p.interiors]
    report.append("\nGround no zone covers (holes of the union): %d." % len(holes))
    for hole in holes:
        shares = {iso: hole.exterior.intersection(g.boundary).length for iso, g in main.items()}
        owner = max(shares, key=shares.get)
        c = hole.representative_point()
        report.append("- %.2f m² at %.5f N %.5f E, its ring shared %s: given to %s." % (
            garea_m2(hole), c.y, c.x,
            ", ".join("%.0f%% with %s" % (100 * v / hole.exterior.length, k) for k, v in shares.items() if v > 0),
            owner))
        main[owner] = polygonal(unary_union([main[owner], hole]))
    # Countries are differences of each other in order, so a shared edge is one edge.
    kgz = main["KGZ"]
    tjk = drop_slivers(main["TJK"].difference(kgz), 1e-12)
    uzb = drop_slivers(main["UZB"].difference(kgz).difference(tjk), 1e-12)
    result = [("KGZ", kgz, TZ_SOURCE + ": Asia/Bishkek"),
              ("TJK", tjk, TZ_SOURCE + ": Asia/Dushanbe"),
              ("UZB", uzb, TZ_SOURCE + ": Asia/Tashkent and Asia/Samarkand")]
    three = unary_union([kgz, tjk, uzb])
    for iso in CONTEXT:
        g = drop_slivers(natural_earth[iso].buffer(0).difference(three))
        result.append((iso, g, NE_SOURCE + ", clipped to leave Kyrgyzstan, Tajikistan and Uzbekistan whole "
                                           "(context only)"))
    report.append("")
    return result
