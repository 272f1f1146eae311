import BorderGeodata
import BorderIncidents
import GeometryCore

/// Filters over the gazetteer; every filter given must hold.
public struct SettlementQuery: Sendable {
    public var spatial = SpatialFilter()
    /// Country by polygon ("ARM", "AZE").
    public var country: String?

    public init() {}

    public struct Hit: Sendable {
        public var settlement: Settlement
        public var distance: Double?
        public var borderDistance: Double
    }

    public func run(on geodata: Geodata, gazetteer: Gazetteer) throws -> [Hit] {
        let filter = try spatial.prepared(geodata, gazetteer)
        let pool: [(Settlement, Double?)]
        if let center = spatial.center, let radius = spatial.radiusMetres {
            pool = geodata.settlements(within: radius, of: center).map { ($0.settlement, $0.distance) }
        } else {
            pool = geodata.settlements.map { ($0, nil) }
        }
        var hits: [Hit] = []
        for (s, distance) in pool {
            if let country, s.country != country { continue }
            var border: Double?
            let measure = { () throws -> Double in
                if let border { return border }
                let d = try geodata.borderProximity(at: s.coordinate).distance
                border = d
                return d
            }
            guard try filter.accepts(s.coordinate, provinceID: s.province, borderDistance: measure) else { continue }
            hits.append(Hit(settlement: s, distance: distance, borderDistance: try measure()))
        }
        return hits
    }
}
