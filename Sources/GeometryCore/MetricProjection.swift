/// A conformal metric projection for the Armenia–Azerbaijan theatre, used
/// where GEOS must work in metres (buffers in metres, nearest points).
///
/// Lambert Conformal Conic with standard parallels 38.5°N and 41.5°N,
/// centred on 46.5°E: scale error under 0.1% from 37.5°N to 42.5°N, and
/// conformal, so the foot of a perpendicular is where it should be.
public struct MetricProjection: Sendable {
    public static let caucasusDefinition =
        "+proj=lcc +lat_1=38.5 +lat_2=41.5 +lat_0=40 +lon_0=46.5 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"

    private let transform: CoordinateTransform

    public init(definition: String = MetricProjection.caucasusDefinition) throws(GeometryError) {
        transform = try CoordinateTransform(from: "EPSG:4326", to: definition)
    }

    /// The shared projection for the theatre.
    public static let caucasus: MetricProjection = {
        do { return try MetricProjection() } catch { fatalError("cannot build the Caucasus projection: \(error)") }
    }()

    /// A Lambert Conformal Conic fitted to a region: standard parallels at
    /// a sixth of its height in from each edge, centred on its middle.
    public static func conformal(around box: Envelope) throws(GeometryError) -> MetricProjection {
        let height = max(box.maxLatitude - box.minLatitude, 1)
        let (south, north) = (box.minLatitude + height / 6, box.maxLatitude - height / 6)
        let middle = (box.minLatitude + box.maxLatitude) / 2
        let centre = (box.minLongitude + box.maxLongitude) / 2
        return try MetricProjection(
            definition:
                "+proj=lcc +lat_1=\(south) +lat_2=\(north) +lat_0=\(middle) +lon_0=\(centre) +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"
        )
    }

    public func project(_ c: Coordinate) throws(GeometryError) -> (x: Double, y: Double) {
        try transform.forward(x: c.longitude, y: c.latitude)
    }

    public func unproject(x: Double, y: Double) throws(GeometryError) -> Coordinate {
        let r = try transform.inverse(x: x, y: y)
        return try Coordinate(longitude: r.x, latitude: r.y)
    }

    /// The geometry with every position projected; the result's "longitude"
    /// and "latitude" hold x and y in metres.
    public func project(_ geometry: Geometry) throws(GeometryError) -> Geometry {
        try geometry.mapCoordinates { cs throws(GeometryError) in
            var points = cs.map { (x: $0.longitude, y: $0.latitude) }
            try transform.forward(&points)
            return points.map { Coordinate(uncheckedLongitude: $0.x, latitude: $0.y) }
        }
    }

    /// The inverse of `project(_:)`.
    public func unproject(_ geometry: Geometry) throws(GeometryError) -> Geometry {
        try geometry.mapCoordinates { cs throws(GeometryError) in
            var points = cs.map { (x: $0.longitude, y: $0.latitude) }
            try transform.inverse(&points)
            return points.map { Coordinate(uncheckedLongitude: $0.x, latitude: $0.y) }
        }
    }

    /// A buffer of `metres` around a longitude/latitude geometry, computed
    /// in this projection.
    public func buffer(_ geometry: Geometry, metres: Double, quadrantSegments: Int32 = 16) throws(GeometryError)
        -> Geometry
    {
        try unproject(try project(geometry).buffer(degrees: metres, quadrantSegments: quadrantSegments))
    }
}

extension Geometry {
    /// The same geometry with each run of positions (a line or a ring)
    /// transformed by `transform`, which must keep the count.
    func mapCoordinates(_ transform: ([Coordinate]) throws(GeometryError) -> [Coordinate]) throws(GeometryError)
        -> Geometry
    {
        func ring(_ r: LinearRing) throws(GeometryError) -> LinearRing {
            LinearRing(unchecked: try transform(r.coordinates))
        }
        func polygon(_ p: Polygon) throws(GeometryError) -> Polygon {
            var holes: [LinearRing] = []
            for h in p.holes { holes.append(try ring(h)) }
            return Polygon(exterior: try ring(p.exterior), holes: holes)
        }
        switch self {
        case let .point(p):
            return .point(Point(try transform([p.coordinate])[0]))
        case let .multiPoint(m):
            return .multiPoint(MultiPoint(try transform(m.points.map(\.coordinate)).map(Point.init)))
        case let .lineString(l):
            return .lineString(LineString(unchecked: try transform(l.coordinates)))
        case let .multiLineString(m):
            var lines: [LineString] = []
            for l in m.lineStrings { lines.append(LineString(unchecked: try transform(l.coordinates))) }
            return .multiLineString(MultiLineString(lines))
        case let .polygon(p):
            return .polygon(try polygon(p))
        case let .multiPolygon(m):
            var polygons: [Polygon] = []
            for p in m.polygons { polygons.append(try polygon(p)) }
            return .multiPolygon(MultiPolygon(polygons))
        case let .geometryCollection(parts):
            var mapped: [Geometry] = []
            for part in parts { mapped.append(try part.mapCoordinates(transform)) }
            return .geometryCollection(mapped)
        }
    }
}
