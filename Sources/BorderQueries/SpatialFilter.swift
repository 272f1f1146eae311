import BorderGeodata
import BorderIncidents
import GeometryCore

/// The where-filters incidents and settlements share; every one given must
/// hold. Distances are geodesic metres.
public struct SpatialFilter: Sendable {
    public var center: Coordinate?
    public var radiusMetres: Double?
    public var box: Envelope?
    public var polygon: Geometry?
    /// Province id, name or alternate name.
    public var province: String?
    /// Border distance band in metres, inclusive.
    public var borderMinMetres: Double?
    public var borderMaxMetres: Double?

    public init() {}

    var isEmpty: Bool {
        center == nil && box == nil && polygon == nil && province == nil && borderMinMetres == nil
            && borderMaxMetres == nil
    }

    var hasBorderBand: Bool { borderMinMetres != nil || borderMaxMetres != nil }

    /// The filter with its polygon prepared and its province resolved, for
    /// testing many positions.
    struct Prepared: Sendable {
        let filter: SpatialFilter
        let polygon: PreparedGeometry?
        let provinceID: String?

        /// Whether a position passes; `borderDistance` is asked only when a
        /// band is set.
        func accepts(_ c: Coordinate, provinceID id: String?, borderDistance: () throws -> Double) throws -> Bool {
            if let center = filter.center, let r = filter.radiusMetres, !Geodesic.isWithin(center, c, metres: r) {
                return false
            }
            if let box = filter.box, !box.contains(c) { return false }
            if let polygon, try !polygon.coversPoint(c) { return false }
            if let provinceID, id != provinceID { return false }
            if filter.hasBorderBand {
                let d = try borderDistance()
                if let min = filter.borderMinMetres, d < min { return false }
                if let max = filter.borderMaxMetres, d > max { return false }
            }
            return true
        }
    }

    func prepared(_ geodata: Geodata, _ gazetteer: Gazetteer) throws -> Prepared {
        Prepared(
            filter: self, polygon: try polygon.map { try PreparedGeometry($0) },
            provinceID: try province.map { try resolveProvince($0, geodata, gazetteer) })
    }
}

/// A query the engine cannot run, with what was wrong.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownSegment(String, known: [String])
    case unknownProvince(String, suggestions: [String])
    case notPolygonal(String)
    case datesReversed(from: String, to: String)
    case invalidPolygon(String, reason: String, at: Coordinate?)

    public var description: String {
        switch self {
        case let .unknownSegment(s, known): "unknown border segment '\(s)'; known: \(known.joined(separator: ", "))"
        case let .unknownProvince(p, suggestions):
            "unknown province '\(p)'"
                + (suggestions.isEmpty ? "" : " — did you mean \(suggestions.joined(separator: ", "))?")
        case let .notPolygonal(what): "\(what): expected a Polygon or MultiPolygon"
        case let .datesReversed(from, to): "--from \(from) is after --to \(to)"
        case let .invalidPolygon(what, reason, at):
            "\(what): the polygon is not valid: \(reason)"
                + (at.map { String(format: " at longitude %.6f, latitude %.6f", $0.longitude, $0.latitude) } ?? "")
                + " (fix the ring, e.g. with ogr2ogr -makevalid, and try again)"
        }
    }
}

public func resolveProvince(_ name: String, _ geodata: Geodata, _ gazetteer: Gazetteer) throws -> String {
    if geodata.province(id: name.uppercased()) != nil { return name.uppercased() }
    for t in gazetteer.candidates(name) { if case let .province(p) = t { return p.id } }
    throw QueryError.unknownProvince(name, suggestions: gazetteer.suggestions(for: name))
}
