import GeometryCore

/// A place of the gazetteer: a GeoNames `cities500` place or a village of
/// the sourced supplement.
public struct Settlement: Sendable, Hashable {
    /// "geonames:616041" or "supplement:verin-shorzha".
    public var id: String
    public var geonameID: Int?
    public var name: String
    /// The name folded to ASCII (diacritics and apostrophes dropped).
    public var asciiName: String
    public var alternateNames: [String]
    public var population: Int?
    public var coordinate: Coordinate
    /// ISO 3166-1 alpha-3 of the country whose polygon holds the place.
    public var country: String?
    /// Id of the province whose polygon holds the place.
    public var province: String?
    /// True when the place lies outside every polygon but within the
    /// data's positional tolerance of one, and was given to the nearest.
    public var inToleranceBand: Bool
    /// "GeoNames cities500" or "places-supplement.csv".
    public var source: String
    /// The public page a supplement row was read from.
    public var citation: String?
    /// What the source itself says of the place's country and unit.
    public var sourcedAdmin: String?
    /// The country the source itself gives the place (ISO 3166-1 alpha-3),
    /// independent of any border line: GeoNames' country code, or the
    /// supplement's de jure country.
    public var statedCountry: String?
    public var note: String?
    /// How `country` and `province` were decided: "polygon", "nearest
    /// polygon" (outside every polygon, within tolerance of one) or
    /// "source" (within the border's tolerance, the source's own country).
    public var basis: String

    public init(
        id: String, geonameID: Int?, name: String, asciiName: String, alternateNames: [String], population: Int?,
        coordinate: Coordinate, country: String?, province: String?, inToleranceBand: Bool, source: String,
        citation: String?, sourcedAdmin: String?, statedCountry: String?, note: String?, basis: String = "polygon"
    ) {
        self.id = id
        self.geonameID = geonameID
        self.name = name
        self.asciiName = asciiName
        self.alternateNames = alternateNames
        self.population = population
        self.coordinate = coordinate
        self.country = country
        self.province = province
        self.inToleranceBand = inToleranceBand
        self.source = source
        self.citation = citation
        self.sourcedAdmin = sourcedAdmin
        self.statedCountry = statedCountry
        self.note = note
        self.basis = basis
    }

    init(_ feature: Feature, index: Int) throws(GeodataError) {
        let p = FeatureProperties(feature, layer: "settlements", index: index)
        guard case let .point(point) = try p.geometry() else {
            throw .badLayer(layer: "settlements", path: "features[\(index)].geometry", problem: "expected a Point")
        }
        self.init(
            id: try p.string("id"), geonameID: try p.optionalInt("geonameid"), name: try p.string("name"),
            asciiName: try p.string("ascii_name"), alternateNames: try p.strings("alternate_names"),
            population: try p.optionalInt("population"), coordinate: point.coordinate,
            country: try p.optionalString("country"), province: try p.optionalString("province"),
            inToleranceBand: feature["in_tolerance_band"]?.boolValue ?? false, source: try p.string("source"),
            citation: try p.optionalString("citation"), sourcedAdmin: try p.optionalString("sourced_admin"),
            statedCountry: try p.optionalString("stated_country"), note: try p.optionalString("note"),
            basis: try p.optionalString("basis") ?? "polygon")
    }

    var feature: Feature {
        Feature(
            id: .string(id), geometry: .point(Point(coordinate)),
            properties: [
                "id": .string(id), "geonameid": geonameID.map { .number(Double($0)) } ?? .null,
                "name": .string(name), "ascii_name": .string(asciiName),
                "alternate_names": .array(alternateNames.map(JSONValue.string)),
                "population": population.map { .number(Double($0)) } ?? .null,
                "country": country.map(JSONValue.string) ?? .null, "province": province.map(JSONValue.string) ?? .null,
                "in_tolerance_band": .bool(inToleranceBand), "source": .string(source),
                "citation": citation.map(JSONValue.string) ?? .null,
                "sourced_admin": sourcedAdmin.map(JSONValue.string) ?? .null,
                "stated_country": statedCountry.map(JSONValue.string) ?? .null,
                "note": note.map(JSONValue.string) ?? .null, "basis": .string(basis),
            ])
    }
}
