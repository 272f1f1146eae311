/// Any of the seven GeoJSON geometry types, in longitude/latitude on WGS84.
public indirect enum Geometry: Hashable, Sendable {
    case point(Point)
    case multiPoint(MultiPoint)
    case lineString(LineString)
    case multiLineString(MultiLineString)
    case polygon(Polygon)
    case multiPolygon(MultiPolygon)
    case geometryCollection([Geometry])

    /// The GeoJSON `type` member for this geometry.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// Every position in the geometry, in order.
    public var allCoordinates: [Coordinate] {
        switch self {
        case let .point(p): [p.coordinate]
        case let .multiPoint(m): m.points.map(\.coordinate)
        case let .lineString(l): l.coordinates
        case let .multiLineString(m): m.lineStrings.flatMap(\.coordinates)
        case let .polygon(p): ([p.exterior] + p.holes).flatMap(\.coordinates)
        case let .multiPolygon(m): m.polygons.flatMap { ([$0.exterior] + $0.holes).flatMap(\.coordinates) }
        case let .geometryCollection(g): g.flatMap(\.allCoordinates)
        }
    }

    public var isEmpty: Bool { allCoordinates.isEmpty }

    /// The smallest longitude/latitude box holding every position.
    public var envelope: Envelope? { Envelope(covering: allCoordinates) }

    /// The polygons of a polygon or multipolygon (empty for other kinds).
    public var polygons: [Polygon] {
        switch self {
        case let .polygon(p): [p]
        case let .multiPolygon(m): m.polygons
        case let .geometryCollection(g): g.flatMap(\.polygons)
        default: []
        }
    }

    /// The line strings of a line or multiline (empty for other kinds).
    public var lineStrings: [LineString] {
        switch self {
        case let .lineString(l): [l]
        case let .multiLineString(m): m.lineStrings
        case let .geometryCollection(g): g.flatMap(\.lineStrings)
        default: []
        }
    }

    /// Rings oriented as RFC 7946 asks: exteriors counter-clockwise, holes clockwise.
    public var rfc7946Oriented: Geometry {
        switch self {
        case let .polygon(p): .polygon(p.rfc7946Oriented)
        case let .multiPolygon(m): .multiPolygon(MultiPolygon(m.polygons.map(\.rfc7946Oriented)))
        case let .geometryCollection(g): .geometryCollection(g.map(\.rfc7946Oriented))
        default: self
        }
    }
}

extension Geometry {
    /// Only the polygons of the geometry, as one multipolygon (overlay
    /// results can mix in lines and points where shapes touch).
    public var polygonal: Geometry { .multiPolygon(MultiPolygon(polygons)) }

    /// Only the lines of the geometry, as one multiline.
    public var linear: Geometry { .multiLineString(MultiLineString(lineStrings)) }
}
