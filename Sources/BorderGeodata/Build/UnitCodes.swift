import GeometryCore

/// Which first-level units a GeoNames admin1 code names.
///
/// `geonames_admin1` in provinces.tsv gives each unit its code. GeoNames
/// codes the places of a city unit that one rayon encloses (Şuşa, Lənkəran,
/// Şəki …) by that rayon's code, so a place in such a city agrees with the
/// enclosing rayon's code too.
struct UnitCodes {
    private(set) var unitsOfCode: [String: Set<String>] = [:]
    /// City unit → the one rayon around it.
    private(set) var enclosingRayon: [String: String] = [:]

    mutating func add(code: String, unit: String) { unitsOfCode[code, default: []].insert(unit) }

    /// Finds the cities whose only neighbour is one rayon.
    mutating func findEnclosedCities(in provinces: [Province]) throws(GeometryError) {
        for city in provinces where city.kind == "city" {
            let zone = try PreparedGeometry(city.geometry.buffer(degrees: 0.001, quadrantSegments: 2))
            var neighbours: [Province] = []
            for p in provinces where p.id != city.id {
                guard let a = p.geometry.envelope, let b = city.geometry.envelope, a.intersects(b.expanded(byDegrees: 0.002)) else { continue }
                if try zone.intersects(p.geometry) { neighbours.append(p) }
            }
            if neighbours.count == 1, neighbours[0].kind == "rayon" { enclosingRayon[city.id] = neighbours[0].id }
        }
    }

    func units(of code: String) -> Set<String>? { unitsOfCode[code] }

    /// Whether a place coded `code` may lie in `unit`.
    func agrees(code: String, unit: String) -> Bool {
        guard let units = unitsOfCode[code] else { return true }
        return units.contains(unit) || enclosingRayon[unit].map(units.contains) == true
    }
}
