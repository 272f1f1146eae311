import GeometryCore

/// Builds the country polygons so that Armenia and Azerbaijan share one
/// border, drawn from the best source for it, with no overlap and no gap.
///
/// - The Armenia–Azerbaijan line (mainland and Nakhchivan) is the boundary
///   the `Asia/Yerevan` and `Asia/Baku` time-zone polygons share: both are
///   built from the same OpenStreetMap boundaries, unsimplified.
/// - The zones have no holes, so the four exclaves are not in them. Three
///   have rings in GSHHG 2.3.7's full-resolution border lines (`ExclaveSpec`):
///   Artsvashen, Yukhari Askipara and Barxudarlı; Karki has one in no
///   offline source (see SOURCES.md).
/// - Armenia: the Yerevan zone, less the Azerbaijani exclaves, plus
///   Artsvashen (countries are de jure; `ExclaveSpec` carries who holds each).
/// - Azerbaijan: the Baku zone, whose sea side runs out into the Caspian, cut
///   to Natural Earth 10m's coast away from Armenia; plus its exclaves, less
///   Armenia. Being a difference with Armenia, it shares Armenia's edge exactly.
/// - Georgia, Iran, Turkey: Natural Earth 10m less the two, for context.
struct CountryBuilder {
    /// Within this of the Yerevan zone, Azerbaijan follows the Baku zone
    /// alone (Natural Earth's outline is 1–3 km off there).
    static let lineZoneDegrees = 0.1

    let naturalEarth: [String: Geometry]
    let yerevanZone: Geometry
    let bakuZone: Geometry
    let gshhgLines: [LineString]

    struct Result {
        var countries: [Country]
        var armenia: Geometry
        var azerbaijan: Geometry
        var exclaves: [(spec: ExclaveSpec, polygon: Geometry)]
        /// Area (m²) the two zones overlap, and the sliver between them, as published.
        var zoneOverlapM2: Double
        var zoneGapM2: Double
        var notes: [String]
    }

    func build() throws -> Result {
        guard let neAzerbaijan = naturalEarth["AZE"], let neArmenia = naturalEarth["ARM"] else {
            throw GeodataError.geometry("Natural Earth admin-0 lacks ARM or AZE")
        }
        var notes: [String] = []
        let yerevan = try yerevanZone.makeValid().polygonal
        let baku = try bakuZone.makeValid().polygonal
        let zoneOverlap = Geodesic.area(of: try yerevan.intersection(baku).polygonal)
        // Holes of the union lying on the shared line are gaps between the zones.
        let union = try yerevan.union(baku).polygonal
        var gap = 0.0
        for p in union.polygons { for hole in p.holes { gap += Geodesic.area(of: hole) } }

        let exclaves = try ExclaveSpec.polygons(gshhgLines: gshhgLines)
        for e in exclaves {
            notes.append(
                "\(e.spec.name): GSHHG ring of \(e.polygon.allCoordinates.count) vertices, \(String(format: "%.2f", Geodesic.area(of: e.polygon) / 1e6)) km²"
            )
        }
        let azerbaijaniExclaves = exclaves.filter { $0.spec.deJure == "AZE" }.map(\.polygon)
        let armenianExclaves = exclaves.filter { $0.spec.deJure == "ARM" }.map(\.polygon)

        var armenia = yerevan
        for e in azerbaijaniExclaves { armenia = try armenia.difference(e).polygonal }
        for e in armenianExclaves { armenia = try armenia.union(e).polygonal }
        armenia = try armenia.makeValid().polygonal

        // Land: Natural Earth's two countries, and anything near the line.
        let landMask = try neAzerbaijan.union(neArmenia).union(
            yerevan.buffer(degrees: Self.lineZoneDegrees, quadrantSegments: 4))
        var azerbaijan = try baku.intersection(landMask).polygonal
        for e in azerbaijaniExclaves { azerbaijan = try azerbaijan.union(e).polygonal }
        azerbaijan = try azerbaijan.difference(armenia).makeValid().polygonal
            .droppingSlivers(minimumAreaSquareDegrees: 1e-8)
        notes.append(
            "Azerbaijan: Asia/Baku cut to Natural Earth 10m's Azerbaijan and Armenia beyond \(Self.lineZoneDegrees)° of Asia/Yerevan (the zone runs into the Caspian Sea)"
        )

        var countries = [
            Country(
                iso3: "ARM", name: "Armenia", geometry: armenia,
                source: "\(Self.osmSource); exclaves from \(ExclaveSpec.source)"),
            Country(
                iso3: "AZE", name: "Azerbaijan", geometry: azerbaijan,
                source: "\(Self.osmSource), coast from Natural Earth 10m 5.1.1; exclaves from \(ExclaveSpec.source)"),
        ]
        let both = try armenia.union(azerbaijan)
        for (iso3, name) in [("GEO", "Georgia"), ("IRN", "Iran"), ("TUR", "Turkey")] {
            guard let g = naturalEarth[iso3] else { continue }
            let clipped = try g.difference(both).makeValid().polygonal.droppingSlivers(minimumAreaSquareDegrees: 1e-8)
            countries.append(
                Country(
                    iso3: iso3, name: name, geometry: clipped,
                    source: "Natural Earth 10m 5.1.1, clipped to leave Armenia and Azerbaijan whole (context only)"))
        }
        return Result(
            countries: countries, armenia: armenia, azerbaijan: azerbaijan, exclaves: exclaves,
            zoneOverlapM2: zoneOverlap, zoneGapM2: gap, notes: notes)
    }

    static let osmSource =
        "OpenStreetMap boundaries (© OpenStreetMap contributors, ODbL 1.0) via timezone-boundary-builder 2026c, timezonefinder-data 3.2026.3.post1: Asia/Yerevan and Asia/Baku"
}

extension Polygon {
    /// A point inside the polygon (GEOS point-on-surface).
    func representativePoint() throws(GeometryError) -> Coordinate {
        guard case let .point(p) = try Geometry.polygon(self).pointOnSurface() else {
            throw .emptyGeometry("no point on surface")
        }
        return p.coordinate
    }
}

extension Geometry {
    /// The polygons of the geometry larger than the given planar area.
    func droppingSlivers(minimumAreaSquareDegrees: Double) -> Geometry {
        .multiPolygon(
            MultiPolygon(
                polygons.filter {
                    ((try? Geometry.polygon($0).planarArea) ?? 0) >= minimumAreaSquareDegrees
                }))
    }
}
