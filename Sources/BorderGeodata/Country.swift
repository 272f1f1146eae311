import GeometryCore

/// A country polygon of the bundled `countries` layer.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-3, such as "ARM".
    public var iso3: String
    public var name: String
    public var geometry: Geometry
    /// The dataset the outline comes from.
    public var source: String

    public init(iso3: String, name: String, geometry: Geometry, source: String) {
        self.iso3 = iso3
        self.name = name
        self.geometry = geometry
        self.source = source
    }

    init(_ feature: Feature, index: Int, layer: String = "countries") throws(GeodataError) {
        let p = FeatureProperties(feature, layer: layer, index: index)
        self.init(
            iso3: try p.string("iso3"), name: try p.string("name"),
            geometry: try p.geometry(), source: try p.string("source"))
    }

    var feature: Feature {
        Feature(
            id: .string(iso3), geometry: geometry,
            properties: [
                "iso3": .string(iso3), "name": .string(name), "source": .string(source),
            ])
    }
}
