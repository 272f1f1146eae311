import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// The part of an `IncidentQuery` a database can answer with its indexes:
/// a store that can select returns every incident the query could match
/// (a superset, never fewer), and the engine then runs the whole query on
/// those alone. The answer is therefore the engine's, from either store.
public struct StoreSelection: Sendable, Equatable {
    /// Radius around a point, geodesic metres.
    public var center: Coordinate?
    public var radiusMetres: Double?
    /// Boxes (longitude/latitude, planar) a location must fall in: the
    /// query's box and its polygon's envelope.
    public var boxes: [Envelope] = []
    public var provinceID: String?
    public var side: String?
    public var borderMinMetres: Double?
    public var borderMaxMetres: Double?
    public var from: Day?
    public var to: Day?
    public var types: [String] = []
    public var actor: String?

    public init() {}

    /// What `query` can push down. Border bands are pushed only when measured
    /// to the nearest segment (the stored distance); a named segment is the engine's.
    public init(_ query: IncidentQuery, geodata: Geodata, gazetteer: Gazetteer) throws {
        self.init(query, provinceID: try query.spatial.province.map { try resolveProvince($0, geodata, gazetteer) })
    }

    /// What `query` pushes down when it names no province, the one name a
    /// selection resolves (so before any geodata is loaded); nil when it names one.
    public init?(unresolved query: IncidentQuery) {
        guard query.spatial.province == nil else { return nil }
        self.init(query, provinceID: nil)
    }

    private init(_ query: IncidentQuery, provinceID: String?) {
        let s = query.spatial
        if let c = s.center, let r = s.radiusMetres { center = c; radiusMetres = r }
        if let b = s.box { boxes.append(b) }
        if let p = s.polygon, let e = p.envelope { boxes.append(e) }
        self.provinceID = provinceID
        side = query.side
        if query.borderSegment == nil {
            borderMinMetres = s.borderMinMetres
            borderMaxMetres = s.borderMaxMetres
        }
        from = query.from
        to = query.to
        types = query.types.map(\.rawValue).sorted()
        actor = query.actor
    }

    /// Whether a location must satisfy something (else incidents without one qualify too).
    public var constrainsLocations: Bool {
        center != nil || !boxes.isEmpty || provinceID != nil || side != nil || borderMinMetres != nil
            || borderMaxMetres != nil
    }
}
