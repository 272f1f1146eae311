/// An open or closed path of at least two positions.
public struct LineString: Hashable, Sendable {
    public private(set) var coordinates: [Coordinate]

    public init(_ coordinates: [Coordinate]) throws(GeometryError) {
        guard coordinates.count >= 2 else {
            throw .tooFewPoints(kind: "line string", required: 2, found: coordinates.count)
        }
        self.coordinates = coordinates
    }

    init(unchecked coordinates: [Coordinate]) { self.coordinates = coordinates }

    public var isClosed: Bool { coordinates.first == coordinates.last }
}

/// Several line strings as one geometry.
public struct MultiLineString: Hashable, Sendable {
    public var lineStrings: [LineString]
    public init(_ lineStrings: [LineString]) { self.lineStrings = lineStrings }
}
