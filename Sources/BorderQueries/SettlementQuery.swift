import BorderGeodata
import BorderIncidents
import GeometryCore

/// Filters over the gazetteer; every filter given must hold.
public struct SettlementQuery: Sendable {
    public var center: Coordinate?
    public var radiusMetres: Double?
    public var box: Envelope?
    public var polygon: Geometry?
    public var province: String?
    public var borderMinMetres: Double?
    public var borderMaxMetres: Double?
    /// Country by polygon ("ARM", "AZE").
    public var country: String?

    public init() {}

    public struct Hit: Sendable {
        public var settlement: Settlement
        public var distance: Double?
        public var borderDistance: Double
    }

    public func run(on geodata: Geodata, gazetteer: Gazetteer) throws -> [Hit] {
        let prepared = try polygon.map { try PreparedGeometry($0) }
        let provinceID = try province.map { try resolveProvince($0, geodata, gazetteer) }
        let pool: [(Settlement, Double?)]
        if let center, let radiusMetres {
            pool = geodata.settlements(within: radiusMetres, of: center).map { ($0.settlement, $0.distance) }
        } else {
            pool = geodata.settlements.map { ($0, nil) }
        }
        var hits: [Hit] = []
        for (s, distance) in pool {
            if let box, !box.contains(s.coordinate) { continue }
            if let provinceID, s.province != provinceID { continue }
            if let country, s.country != country { continue }
            if let prepared, try !prepared.coversPoint(s.coordinate) { continue }
            let border = try geodata.borderProximity(at: s.coordinate).distance
            if let min = borderMinMetres, border < min { continue }
            if let max = borderMaxMetres, border > max { continue }
            hits.append(Hit(settlement: s, distance: distance, borderDistance: border))
        }
        return hits
    }
}
