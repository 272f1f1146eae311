import GeometryCore

/// A first-level administrative unit: a marz of Armenia, a rayon or city of
/// Azerbaijan (Nakhchivan's districts included).
public struct Province: Sendable, Hashable {
    /// The ISO 3166-2 code, or a stable slug where none exists.
    public var id: String
    /// English name, such as "Kalbajar".
    public var name: String
    /// Name in the country's language, such as "Kəlbəcər".
    public var localName: String
    public var iso3166_2: String?
    /// ISO 3166-1 alpha-3 of the country.
    public var country: String
    /// "marz", "rayon" or "city".
    public var kind: String
    /// A larger unit it belongs to, such as "Nakhchivan".
    public var region: String?
    /// Spellings users type: transliterations, former and other-side names.
    public var alternateNames: [String]
    public var geometry: Geometry

    public init(
        id: String, name: String, localName: String, iso3166_2: String?, country: String, kind: String,
        region: String?, alternateNames: [String], geometry: Geometry
    ) {
        self.id = id
        self.name = name
        self.localName = localName
        self.iso3166_2 = iso3166_2
        self.country = country
        self.kind = kind
        self.region = region
        self.alternateNames = alternateNames
        self.geometry = geometry
    }

    init(_ feature: Feature, index: Int) throws(GeodataError) {
        let p = FeatureProperties(feature, layer: "provinces", index: index)
        self.init(
            id: try p.string("id"), name: try p.string("name"), localName: try p.string("local_name"),
            iso3166_2: try p.optionalString("iso_3166_2"), country: try p.string("country"),
            kind: try p.string("kind"), region: try p.optionalString("region"),
            alternateNames: try p.strings("alternate_names"), geometry: try p.geometry())
    }

    var feature: Feature {
        Feature(
            id: .string(id), geometry: geometry,
            properties: [
                "id": .string(id), "name": .string(name), "local_name": .string(localName),
                "iso_3166_2": iso3166_2.map(JSONValue.string) ?? .null, "country": .string(country),
                "kind": .string(kind), "region": region.map(JSONValue.string) ?? .null,
                "alternate_names": .array(alternateNames.map(JSONValue.string)),
            ])
    }

    /// "Gegharkunik, ARM" style label.
    public var label: String { "\(name) (\(localName))" }
}
