/// A single position.
public struct Point: Hashable, Sendable {
    public var coordinate: Coordinate

    public init(_ coordinate: Coordinate) { self.coordinate = coordinate }

    public init(longitude: Double, latitude: Double) throws(GeometryError) {
        coordinate = try Coordinate(longitude: longitude, latitude: latitude)
    }

    public var longitude: Double { coordinate.longitude }
    public var latitude: Double { coordinate.latitude }
}

/// Several points as one geometry.
public struct MultiPoint: Hashable, Sendable {
    public var points: [Point]
    public init(_ points: [Point]) { self.points = points }
}
