import GeometryCore

/// The one local correction the build makes to first-level lines.
///
/// Rule: a GeoNames place whose own first-level code names unit U, but
/// which falls in neighbouring unit V of the same country no farther than
/// `reachMetres` from U (the measured 90th percentile of how far Natural
/// Earth's generalized admin-1 lines lie from the OpenStreetMap border),
/// takes U with it: the part of V within d + `marginMetres` of the place (d
/// its distance to U) moves to U. Not when that disc would also take a
/// place that V's own code names. Every move is reported with its area.
struct AdminCorrection {
    static let marginMetres = 500.0

    struct Place {
        var name: String
        var geonameID: Int
        var coordinate: Coordinate
        /// "AZ-28": country code and GeoNames admin1 code.
        var code: String
    }

    struct Move {
        var place: Place
        var from: String
        var to: String
        var distanceMetres: Double
        var areaM2: Double
    }

    let codes: UnitCodes
    let reachMetres: Double

    func apply(to provinces: inout [Province], places: [Place], log: (String) -> Void) throws -> [Move] {
        var moves: [Move] = []
        for place in places {
            guard let expected = codes.units(of: place.code),
                let v = try provinces.firstIndex(where: { try $0.geometry.covers(.point(Point(place.coordinate))) }),
                !codes.agrees(code: place.code, unit: provinces[v].id)
            else { continue }
            var best: (index: Int, distance: Double)?
            for (i, p) in provinces.enumerated() where expected.contains(p.id) && p.country == provinces[v].country {
                let d = try p.geometry.geodesicDistance(to: place.coordinate)
                if d <= reachMetres, best == nil || d < best!.distance { best = (i, d) }
            }
            guard let (u, d) = best else { continue }
            let disc = try MetricProjection.caucasus.buffer(
                .point(Point(place.coordinate)), metres: d + Self.marginMetres)
            let piece = try provinces[v].geometry.intersection(disc).polygonal
            let vID = provinces[v].id
            let taken = try places.contains { other in
                guard other.code != place.code, codes.agrees(code: other.code, unit: vID) else { return false }
                return try piece.covers(.point(Point(other.coordinate)))
            }
            if taken {
                log("no correction at \(place.name): the disc would take a place of \(provinces[v].id)")
                continue
            }
            provinces[v].geometry = try provinces[v].geometry.difference(piece).polygonal
            provinces[u].geometry = try provinces[u].geometry.union(piece).makeValid().polygonal
            moves.append(
                Move(
                    place: place, from: provinces[v].id, to: provinces[u].id, distanceMetres: d,
                    areaM2: Geodesic.area(of: piece)))
        }
        return moves
    }
}
