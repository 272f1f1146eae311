/// A GeoJSON feature: a geometry (or none), an optional id and properties.
public struct Feature: Hashable, Sendable {
    /// A string or a number, as RFC 7946 §3.2 allows.
    public var id: JSONValue?
    public var geometry: Geometry?
    public var properties: JSONObject?

    public init(id: JSONValue? = nil, geometry: Geometry?, properties: JSONObject? = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }

    public subscript(property: String) -> JSONValue? { properties?[property] }
}

/// A GeoJSON feature collection.
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    public init(_ features: [Feature] = []) { self.features = features }
}

/// Any GeoJSON document.
public enum GeoJSONObject: Hashable, Sendable {
    case geometry(Geometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)

    /// The features of the document (a bare geometry becomes one feature).
    public var features: [Feature] {
        switch self {
        case let .geometry(g): [Feature(geometry: g)]
        case let .feature(f): [f]
        case let .featureCollection(c): c.features
        }
    }
}
