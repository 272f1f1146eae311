import GeometryCore

/// Builds the country polygons so that Armenia and Azerbaijan share one
/// border, drawn from the best source for it (DCW-GMT, 1:1,000,000), with
/// no overlap and no gap between them.
///
/// - Armenia: DCW-GMT's mainland ring, less the Azerbaijani exclaves that
///   Natural Earth 10m draws inside it (Yukhari Askipara, Barxudarlı and
///   Sofulu), plus the Armenian exclave Natural Earth draws inside
///   Azerbaijan (Artsvashen). DCW's other small rings (tile-edge pieces at
///   40°N and a duplicated exclave ring) are left out.
/// - Azerbaijan: Natural Earth 10m, plus the pieces of ground Natural Earth
///   gives Armenia but DCW does not that touch Azerbaijan, less Armenia.
///   (DCW's own Azerbaijan is cut at 45°E and lacks western Nakhchivan.)
/// - Georgia, Iran, Turkey: Natural Earth 10m less the two, for context.
struct CountryBuilder {
    /// A piece of ground within this of Natural Earth's Azerbaijan touches it.
    static let touchDegrees = 0.0001

    let naturalEarth: [String: Geometry]
    let dcwArmeniaRings: [LinearRing]

    struct Result {
        var countries: [Country]
        var armenia: Geometry
        var azerbaijan: Geometry
        var notes: [String]
    }

    func build() throws -> Result {
        guard let neArmenia = naturalEarth["ARM"], let neAzerbaijan = naturalEarth["AZE"] else {
            throw GeodataError.geometry("Natural Earth admin-0 lacks ARM or AZE")
        }
        guard let mainlandRing = dcwArmeniaRings.max(by: { abs($0.signedArea2) < abs($1.signedArea2) }) else {
            throw GeodataError.geometry("DCW-GMT gave no Armenia ring")
        }
        var notes: [String] = []
        let mainland = try Geometry.polygon(Polygon(exterior: mainlandRing)).makeValid().polygonal
        let preparedMainland = try PreparedGeometry(mainland)
        let dropped = dcwArmeniaRings.count - 1
        notes.append("DCW-GMT Armenia: kept the mainland ring (\(mainlandRing.coordinates.count) vertices), left out \(dropped) small ring(s)")

        var armenia = mainland
        for part in neAzerbaijan.polygons {
            let inside = try part.representativePoint()
            if try preparedMainland.containsPoint(inside) {
                armenia = try armenia.difference(.polygon(part)).polygonal
                notes.append("Azerbaijani exclave from Natural Earth cut out of Armenia near \(inside)")
            }
        }
        for part in neArmenia.polygons {
            let inside = try part.representativePoint()
            if try !preparedMainland.containsPoint(inside) {
                armenia = try armenia.union(.polygon(part)).polygonal
                notes.append("Armenian exclave from Natural Earth added near \(inside)")
            }
        }
        armenia = try armenia.makeValid().polygonal

        // Whole pieces of the ground DCW takes from Natural Earth's Armenia go
        // to Azerbaijan when they touch it; clipping them to a band would
        // leave gaps where the two sources differ by more than the band.
        let touching = try PreparedGeometry(neAzerbaijan.buffer(degrees: Self.touchDegrees))
        var reassigned: [Polygon] = []
        for piece in try neArmenia.difference(armenia).polygonal.polygons where try touching.intersects(.polygon(piece)) {
            reassigned.append(piece)
        }
        notes.append("\(reassigned.count) piece(s) of Natural Earth's Armenia outside DCW's given to Azerbaijan")
        let azerbaijan = try neAzerbaijan.union(.multiPolygon(MultiPolygon(reassigned))).difference(armenia)
            .makeValid().polygonal
            .droppingSlivers(minimumAreaSquareDegrees: 1e-8)

        var countries = [
            Country(iso3: "ARM", name: "Armenia", geometry: armenia,
                    source: "DCW-GMT 2.1.1 (1:1,000,000) with exclaves from Natural Earth 10m 5.1.1"),
            Country(iso3: "AZE", name: "Azerbaijan", geometry: azerbaijan,
                    source: "Natural Earth 10m 5.1.1, border with Armenia from DCW-GMT 2.1.1"),
        ]
        let both = try armenia.union(azerbaijan)
        for (iso3, name) in [("GEO", "Georgia"), ("IRN", "Iran"), ("TUR", "Turkey")] {
            guard let g = naturalEarth[iso3] else { continue }
            let clipped = try g.difference(both).makeValid().polygonal.droppingSlivers(minimumAreaSquareDegrees: 1e-8)
            countries.append(Country(iso3: iso3, name: name, geometry: clipped,
                                     source: "Natural Earth 10m 5.1.1 (context only)"))
        }
        return Result(countries: countries, armenia: armenia, azerbaijan: azerbaijan, notes: notes)
    }
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
        .multiPolygon(MultiPolygon(polygons.filter {
            ((try? Geometry.polygon($0).planarArea) ?? 0) >= minimumAreaSquareDegrees
        }))
    }
}
