/// What went wrong while building, converting or operating on a geometry.
public enum GeometryError: Error, Equatable, Sendable, CustomStringConvertible {
    case nonFiniteCoordinate(longitude: Double, latitude: Double)
    case latitudeOutOfRange(Double)
    case longitudeOutOfRange(Double)
    case tooFewPoints(kind: String, required: Int, found: Int)
    case unclosedRing(first: Coordinate, last: Coordinate)
    case emptyGeometry(String)
    /// GEOS refused an operation; the message is GEOS's own.
    case geos(operation: String, message: String)
    /// PROJ refused an operation; the message is PROJ's own.
    case proj(operation: String, message: String)
    case unsupported(String)

    public var description: String {
        switch self {
        case let .nonFiniteCoordinate(lon, lat):
            return "coordinate is not a finite number: longitude \(lon), latitude \(lat)"
        case let .latitudeOutOfRange(lat):
            return "latitude \(lat) is outside -90...90"
        case let .longitudeOutOfRange(lon):
            return "longitude \(lon) is outside -180...180"
        case let .tooFewPoints(kind, required, found):
            return "\(kind) needs at least \(required) positions, found \(found)"
        case let .unclosedRing(first, last):
            return "ring is not closed: first position \(first) differs from last \(last)"
        case let .emptyGeometry(what):
            return "empty geometry: \(what)"
        case let .geos(operation, message):
            return "GEOS \(operation) failed: \(message)"
        case let .proj(operation, message):
            return "PROJ \(operation) failed: \(message)"
        case let .unsupported(what):
            return "unsupported: \(what)"
        }
    }
}
