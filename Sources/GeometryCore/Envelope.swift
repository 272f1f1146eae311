import Foundation

/// A longitude/latitude bounding box.
public struct Envelope: Hashable, Sendable {
    public var minLongitude: Double
    public var minLatitude: Double
    public var maxLongitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    /// The box around the given positions, or nil when there are none.
    public init?(covering coordinates: some Sequence<Coordinate>) {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = Envelope(
            minLongitude: first.longitude, minLatitude: first.latitude,
            maxLongitude: first.longitude, maxLatitude: first.latitude)
        while let c = iterator.next() { box.expand(toInclude: c) }
        self = box
    }

    public mutating func expand(toInclude c: Coordinate) {
        minLongitude = Swift.min(minLongitude, c.longitude)
        maxLongitude = Swift.max(maxLongitude, c.longitude)
        minLatitude = Swift.min(minLatitude, c.latitude)
        maxLatitude = Swift.max(maxLatitude, c.latitude)
    }

    public func union(_ other: Envelope) -> Envelope {
        Envelope(
            minLongitude: Swift.min(minLongitude, other.minLongitude),
            minLatitude: Swift.min(minLatitude, other.minLatitude),
            maxLongitude: Swift.max(maxLongitude, other.maxLongitude),
            maxLatitude: Swift.max(maxLatitude, other.maxLatitude))
    }

    public func contains(_ c: Coordinate) -> Bool {
        c.longitude >= minLongitude && c.longitude <= maxLongitude
            && c.latitude >= minLatitude && c.latitude <= maxLatitude
    }

    public func intersects(_ other: Envelope) -> Bool {
        !(other.minLongitude > maxLongitude || other.maxLongitude < minLongitude
            || other.minLatitude > maxLatitude || other.maxLatitude < minLatitude)
    }

    /// The box grown by the given number of degrees on every side.
    public func expanded(byDegrees d: Double) -> Envelope {
        Envelope(
            minLongitude: minLongitude - d, minLatitude: minLatitude - d,
            maxLongitude: maxLongitude + d, maxLatitude: maxLatitude + d)
    }

    /// The box as `[west, south, east, north]`, RFC 7946's `bbox` order.
    public var bbox: [Double] { [minLongitude, minLatitude, maxLongitude, maxLatitude] }

    /// A box sure to hold every point within `metres` (geodesic) of `c`.
    public static func around(_ c: Coordinate, metres: Double) -> Envelope {
        // 110.5 km per degree of latitude is a lower bound on WGS84; degrees
        // of longitude shrink with the cosine of the highest latitude reached.
        let dLat = metres / 110_500
        let maxLat = Swift.min(89.0, abs(c.latitude) + dLat)
        let dLon = Swift.min(180, metres / (111_000 * cos(maxLat * .pi / 180)))
        return Envelope(
            minLongitude: c.longitude - dLon, minLatitude: c.latitude - dLat,
            maxLongitude: c.longitude + dLon, maxLatitude: c.latitude + dLat)
    }
}
