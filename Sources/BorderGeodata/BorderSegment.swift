import GeometryCore

/// A piece of the Armenia–Azerbaijan state border: the mainland segment,
/// the Nakhchivan segment, or the ring around an exclave.
public struct BorderSegment: Sendable, Hashable {
    /// "mainland", "nakhchivan" or "exclave-<name>".
    public var id: String
    public var name: String
    public var geometry: Geometry
    /// Geodesic length on WGS84.
    public var lengthKm: Double
    public var source: String
    /// Scale of the source, such as "1:1,000,000".
    public var scale: String
    /// Positional tolerance in metres: closer than this, the side of a point is uncertain.
    public var toleranceMetres: Double
    /// For an exclave ring: the country it belongs to de jure (ISO3), and
    /// the one that holds it.
    public var deJure: String?
    public var controlledBy: String?
    /// Who held the exclave when, where a source dates it (empty: `controlledBy` throughout).
    public var controlledByPeriods: [ControlPeriod] = []

    init(
        id: String, name: String, geometry: Geometry, source: String, scale: String, toleranceMetres: Double,
        deJure: String? = nil, controlledBy: String? = nil
    ) {
        self.id = id
        self.name = name
        self.geometry = geometry
        lengthKm = Geodesic.length(of: geometry) / 1000
        self.source = source
        self.scale = scale
        self.toleranceMetres = toleranceMetres
        self.deJure = deJure
        self.controlledBy = controlledBy
    }

    /// True for the ring around an exclave.
    public var isExclave: Bool { deJure != nil }

    init(_ feature: Feature, index: Int) throws(GeodataError) {
        let p = FeatureProperties(feature, layer: "border", index: index)
        id = try p.string("id")
        name = try p.string("name")
        geometry = try p.geometry()
        lengthKm = try p.number("length_km")
        source = try p.string("source")
        scale = try p.string("scale")
        toleranceMetres = try p.number("tolerance_m")
        deJure = try p.optionalString("de_jure")
        controlledBy = try p.optionalString("controlled_by")
        controlledByPeriods = try p.controlPeriods("controlled_by_periods")
    }

    var feature: Feature {
        var properties: JSONObject = [
            "id": .string(id), "name": .string(name), "length_km": .number((lengthKm * 1000).rounded() / 1000),
            "source": .string(source), "scale": .string(scale), "tolerance_m": .number(toleranceMetres),
            "de_jure": deJure.map(JSONValue.string) ?? .null,
            "controlled_by": controlledBy.map(JSONValue.string) ?? .null,
        ]
        if !controlledByPeriods.isEmpty {
            properties["controlled_by_periods"] = .array(controlledByPeriods.map(\.json))
        }
        return Feature(id: .string(id), geometry: geometry, properties: properties)
    }
}

/// A dated line of the past, such as the 1994 ceasefire line.
public struct HistoricalLine: Sendable, Hashable {
    public var id: String
    public var name: String
    /// ISO 8601 date or year the line stands for.
    public var date: String
    public var geometry: Geometry
    public var source: String
    public var note: String

    init(id: String, name: String, date: String, geometry: Geometry, source: String, note: String) {
        self.id = id
        self.name = name
        self.date = date
        self.geometry = geometry
        self.source = source
        self.note = note
    }

    init(_ feature: Feature, index: Int) throws(GeodataError) {
        let p = FeatureProperties(feature, layer: "historical-lines", index: index)
        id = try p.string("id")
        name = try p.string("name")
        date = try p.string("date")
        geometry = try p.geometry()
        source = try p.string("source")
        note = try p.string("note")
    }

    var feature: Feature {
        Feature(
            id: .string(id), geometry: geometry,
            properties: [
                "id": .string(id), "name": .string(name), "date": .string(date),
                "source": .string(source), "note": .string(note),
            ])
    }
}
