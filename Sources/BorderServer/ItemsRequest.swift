import Foundation
import GeometryCore

/// A client error in OGC terms: the HTTP status and the exception body.
public struct OGCError: Error, Sendable {
    public var status: Int
    public var code: String
    public var description: String

    static func badRequest(_ description: String) -> OGCError {
        OGCError(status: 400, code: "InvalidParameterValue", description: description)
    }
    static func notFound(_ description: String) -> OGCError {
        OGCError(status: 404, code: "NotFound", description: description)
    }

    /// The OGC API exception JSON (`{"code", "description"}`).
    public var json: String {
        var w = JSONWriter()
        w.value(.object(["code": .string(code), "description": .string(description)]))
        return w.string
    }
}

/// The query string of an items request, checked: `bbox`, `datetime`,
/// `limit`, `offset`, `f`, a CQL2-text `filter`, and equality filters on the
/// collection's properties.
public struct ItemsRequest: Sendable {
    public static let defaultLimit = 100
    public static let maximumLimit = 1000

    public var box: Envelope?
    /// Inclusive day bounds (ISO text), nil for an open end.
    public var from: String?
    public var to: String?
    public var limit = defaultLimit
    public var offset = 0
    public var equals: [(name: String, value: String)] = []
    /// A CQL2-text filter (OGC API – Features Part 3).
    public var filter: CQL2?

    public init(query: [(String, String)], properties: Set<String>) throws(OGCError) {
        for (name, value) in query {
            switch name {
            case "bbox": box = try Self.box(value)
            case "datetime": (from, to) = try Self.interval(value)
            case "limit":
                guard let n = Int(value), n >= 1 else {
                    throw .badRequest("limit '\(value)': expected a whole number from 1 to \(Self.maximumLimit)")
                }
                guard n <= Self.maximumLimit else {
                    throw .badRequest("limit \(n) is above the maximum of \(Self.maximumLimit)")
                }
                limit = n
            case "offset":
                guard let n = Int(value), n >= 0 else {
                    throw .badRequest("offset '\(value)': expected a whole number, 0 or more")
                }
                offset = n
            case "f":
                guard ["json", "geojson", "html"].contains(value) else {
                    throw .badRequest("f '\(value)': expected json or html")
                }
            case "filter":
                do { filter = try CQL2.parse(value) } catch { throw .badRequest(error.description) }
                let unknown = filter!.properties.subtracting(properties)
                guard unknown.isEmpty else {
                    throw .badRequest(
                        "filter: unknown property '\(unknown.sorted().joined(separator: "', '"))'; queryables: \(properties.sorted().joined(separator: ", "))"
                    )
                }
            case "filter-lang":
                guard value == "cql2-text" else {
                    throw .badRequest("filter-lang '\(value)': only cql2-text is offered")
                }
            case "filter-crs", "bbox-crs":
                guard value.hasSuffix("/OGC/1.3/CRS84") else {
                    throw .badRequest("bbox-crs '\(value)': only CRS84 (longitude, latitude) is offered")
                }
            default:
                guard properties.contains(name) else {
                    throw .badRequest(
                        "unknown query parameter '\(name)'; properties of this collection: \(properties.sorted().joined(separator: ", "))"
                    )
                }
                equals.append((name, value))
            }
        }
        if let from, let to, from > to {
            throw .badRequest("datetime '\(from)/\(to)': the interval ends before it starts")
        }
    }

    /// The box in CRS84 (`BoundingBoxText`, the command line's parser too).
    static func box(_ text: String) throws(OGCError) -> Envelope {
        do { return try BoundingBoxText.parse(text) } catch { throw .badRequest("bbox '\(text)': \(error)") }
    }

    /// RFC 3339 instants or days, or intervals with ".." or empty open ends.
    static func interval(_ text: String) throws(OGCError) -> (String?, String?) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || parts.count == 2 else {
            throw .badRequest("datetime '\(text)': expected an instant or start/end")
        }
        func day(_ s: String) throws(OGCError) -> String? {
            if s.isEmpty || s == ".." { return nil }
            let d = String(s.prefix(10))
            let valid =
                d.count == 10 && d.split(separator: "-").count == 3
                && (s.count == 10 || s.dropFirst(10).first.map { "Tt".contains($0) } == true)
            guard valid, let y = Int(d.prefix(4)), let m = Int(d.dropFirst(5).prefix(2)), let dd = Int(d.suffix(2)),
                (1...12).contains(m), (1...31).contains(dd), y > 0
            else {
                throw .badRequest("datetime '\(text)': '\(s)' is not an RFC 3339 date or date-time")
            }
            return d
        }
        if parts.count == 1 {
            guard let d = try day(parts[0]) else { throw .badRequest("datetime '\(text)': an instant cannot be open") }
            return (d, d)
        }
        let a = try day(parts[0]), b = try day(parts[1])
        if a == nil, b == nil, parts[0] != "..", parts[1] != ".." {
            throw .badRequest("datetime '\(text)': both ends empty")
        }
        return (a, b)
    }

    static func polygon(_ b: Envelope) -> Geometry {
        let ring = [
            (b.minLongitude, b.minLatitude), (b.maxLongitude, b.minLatitude), (b.maxLongitude, b.maxLatitude),
            (b.minLongitude, b.maxLatitude), (b.minLongitude, b.minLatitude),
        ].map { try! Coordinate(longitude: $0.0, latitude: $0.1) }
        return .polygon(try! Polygon(rings: [ring]))
    }

    /// Whether feature `i` of `collection` passes every filter.
    func accepts(_ collection: FeatureCollections.Collection, _ i: Int) -> Bool {
        if box != nil {
            guard let b = collection.boxes[i], overlaps(b) else { return false }
            // Boxes that overlap are only a first cut for lines and areas: test the shape itself.
            if let box, let g = collection.features[i].geometry {
                if case .point = g {} else if (try? g.intersects(Self.polygon(box))) != true { return false }
            }
        }
        if from != nil || to != nil {
            // A dated feature matches when its interval (as precise as its date) overlaps; undated ones never do.
            guard let interval = collection.intervals[i], overlaps(interval) else { return false }
        }
        return acceptsProperties(collection.features[i])
    }

    /// Whether a feature's box overlaps the asked `box` (true when none is asked).
    func overlaps(_ b: Envelope) -> Bool {
        guard let box else { return true }
        return b.minLongitude <= box.maxLongitude && b.maxLongitude >= box.minLongitude
            && b.minLatitude <= box.maxLatitude && b.maxLatitude >= box.minLatitude
    }

    /// Whether a feature's days overlap the asked `datetime` (true when none is asked).
    func overlaps(_ interval: (start: String, end: String)) -> Bool {
        if let from, interval.end < from { return false }
        if let to, interval.start > to { return false }
        return true
    }

    /// Whether the request filters on properties (a CQL2 filter or equalities), beyond where and when.
    var filtersProperties: Bool { filter != nil || !equals.isEmpty }

    /// Whether `feature`'s properties pass the CQL2 filter and the equalities.
    func acceptsProperties(_ feature: Feature) -> Bool {
        if let filter, !filter.matches(feature) { return false }
        for (name, value) in equals {
            guard let v = feature[name] else { return false }
            let text: String =
                switch v {
                case let .string(s): s
                case let .number(n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
                case let .bool(b): b ? "true" : "false"
                default: ""
                }
            if text != value, Double(text) == nil || Double(text) != Double(value) { return false }
        }
        return true
    }
}
