/// A closed ring of at least four positions whose first equals its last.
public struct LinearRing: Hashable, Sendable {
    public private(set) var coordinates: [Coordinate]

    public init(_ coordinates: [Coordinate]) throws(GeometryError) {
        guard coordinates.count >= 4 else {
            throw .tooFewPoints(kind: "linear ring", required: 4, found: coordinates.count)
        }
        guard let first = coordinates.first, let last = coordinates.last, first == last else {
            throw .unclosedRing(first: coordinates[0], last: coordinates[coordinates.count - 1])
        }
        self.coordinates = coordinates
    }

    init(unchecked coordinates: [Coordinate]) { self.coordinates = coordinates }

    /// Twice the signed planar area in degrees²: positive when the ring runs
    /// counter-clockwise (RFC 7946 §3.1.6 uses the same planar sense).
    public var signedArea2: Double {
        var sum = 0.0
        for i in 0..<(coordinates.count - 1) {
            let a = coordinates[i], b = coordinates[i + 1]
            sum += (a.longitude * b.latitude) - (b.longitude * a.latitude)
        }
        return sum
    }

    public var isCounterClockwise: Bool { signedArea2 > 0 }

    /// The same ring running counter-clockwise (`true`) or clockwise.
    public func oriented(counterClockwise: Bool) -> LinearRing {
        isCounterClockwise == counterClockwise ? self : LinearRing(unchecked: coordinates.reversed())
    }
}

/// An exterior ring with zero or more holes.
public struct Polygon: Hashable, Sendable {
    public var exterior: LinearRing
    public var holes: [LinearRing]

    public init(exterior: LinearRing, holes: [LinearRing] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// Convenience: a polygon from raw rings, the first being the exterior.
    public init(rings: [[Coordinate]]) throws(GeometryError) {
        guard let first = rings.first else { throw .emptyGeometry("polygon without rings") }
        exterior = try LinearRing(first)
        var holes: [LinearRing] = []
        for ring in rings.dropFirst() { holes.append(try LinearRing(ring)) }
        self.holes = holes
    }

    /// Exterior counter-clockwise and holes clockwise, as RFC 7946 asks.
    public var rfc7946Oriented: Polygon {
        Polygon(
            exterior: exterior.oriented(counterClockwise: true),
            holes: holes.map { $0.oriented(counterClockwise: false) })
    }
}

/// Several polygons as one geometry.
public struct MultiPolygon: Hashable, Sendable {
    public var polygons: [Polygon]
    public init(_ polygons: [Polygon]) { self.polygons = polygons }
}
