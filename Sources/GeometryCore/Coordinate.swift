/// A position on WGS84: longitude first, then latitude, both in degrees.
///
/// Every format the engine reads or writes keeps this order; only the
/// command line's `--lat/--lon` flags name them the other way round.
public struct Coordinate: Hashable, Sendable, CustomStringConvertible {
    public var longitude: Double
    public var latitude: Double

    /// Creates a coordinate, rejecting values that cannot be a place on Earth.
    public init(longitude: Double, latitude: Double) throws(GeometryError) {
        guard longitude.isFinite else { throw .nonFiniteCoordinate(longitude: longitude, latitude: latitude) }
        guard latitude.isFinite else { throw .nonFiniteCoordinate(longitude: longitude, latitude: latitude) }
        guard (-90.0...90.0).contains(latitude) else { throw .latitudeOutOfRange(latitude) }
        guard (-180.0...180.0).contains(longitude) else { throw .longitudeOutOfRange(longitude) }
        self.longitude = longitude
        self.latitude = latitude
    }

    /// Creates a coordinate from values already known to be valid (for
    /// example, read back from GEOS or PROJ after a valid input).
    init(uncheckedLongitude longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    public var description: String { "(\(longitude), \(latitude))" }
}
