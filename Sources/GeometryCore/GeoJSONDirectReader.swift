/// GeoJSON feature collections read with their positions going straight
/// into coordinates, without a `JSONValue` for every position and number.
/// A pack is mostly positions, and building an array value for each and
/// taking it apart again was most of what a command spent reading packs.
///
/// It gives a value only for a document that `GeoJSONReader`'s general
/// reading accepts, and then the same value. For anything else — any error,
/// and shapes it leaves to the general reading (a bare feature or geometry,
/// geometry collections, empty arrays of positions, a byte-order mark) — it
/// gives nil, and the general reading names the problem.
public enum GeoJSONDirectReader {
    public static func featureCollection(_ bytes: [UInt8]) -> FeatureCollection? {
        guard !bytes.starts(with: JSONParser.utf8ByteOrderMark) else { return nil }
        var parser = JSONParser(unpadded: bytes)
        do {
            parser.skipWhitespace()
            let collection = try parser.directFeatureCollection()
            parser.skipWhitespace()
            return parser.i == bytes.count ? collection : nil
        } catch {
            return nil
        }
    }
}

/// The coordinates of one geometry: a position, a list of positions, or a list of such lists.
private indirect enum Positions {
    case one(Coordinate)
    case many([Coordinate])
    case nested([Positions])
}

extension JSONParser {
    // Each reader below starts at its value's first byte and leaves the parser after it. A shape the general
    // reading would reject, or that is left to it, throws: the caller only asks whether it succeeded.

    fileprivate mutating func directFeatureCollection() throws(JSONSyntaxError) -> FeatureCollection {
        var type: String?, features: [Feature]?
        try directMembers(depth: 1) { (parser: inout JSONParser, name: String) throws(JSONSyntaxError) in
            switch name {
            case "type":
                type = try parser.directString()
                // A bare feature or geometry goes to the general reading at once, not after a reading of it all.
                guard type == "FeatureCollection" else { throw parser.fail("left to the general reading") }
            case "features": features = try parser.directFeatures()
            default: _ = try parser.parseValue()
            }
        }
        guard type == "FeatureCollection", let features else { throw fail("left to the general reading") }
        return FeatureCollection(features)
    }

    private mutating func directFeatures() throws(JSONSyntaxError) -> [Feature] {
        guard bytes[i] == UInt8(ascii: "[") else { throw fail("expected an array") }
        i += 1
        skipWhitespace()
        var features: [Feature] = []
        if bytes[i] == UInt8(ascii: "]") {
            i += 1
            return features
        }
        while true {
            features.append(try directFeature())
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1; skipWhitespace()
            case UInt8(ascii: "]"): i += 1; return features
            default: throw fail("expected ',' or ']' in array")
            }
        }
    }

    private mutating func directFeature() throws(JSONSyntaxError) -> Feature {
        var type: String?, id: JSONValue?, geometry: Geometry??, properties: JSONValue?
        try directMembers(depth: 3) { (parser: inout JSONParser, name: String) throws(JSONSyntaxError) in
            switch name {
            case "type":
                type = try parser.directString()
                guard type == "Feature" else { throw parser.fail("expected \"Feature\"") }
            case "id": id = try parser.parseValue()
            case "geometry": geometry = try parser.directGeometryOrNull()
            case "properties": properties = try parser.parseValue()
            default: _ = try parser.parseValue()
            }
        }
        guard type == "Feature", let geometry else { throw fail("left to the general reading") }
        switch id {
        case nil, .string?, .number?: break
        default: throw fail("id must be a string or a number")
        }
        switch properties {
        case .null?: return Feature(id: id, geometry: geometry, properties: nil)
        case let .object(members)?: return Feature(id: id, geometry: geometry, properties: members)
        default: throw fail("properties must be an object or null")
        }
    }

    private mutating func directGeometryOrNull() throws(JSONSyntaxError) -> Geometry? {
        if bytes[i] == UInt8(ascii: "n") {
            guard case .null = try parseValue() else { throw fail("expected null") }
            return nil
        }
        var type: String?, positions: Positions?
        try directMembers(depth: 4) { (parser: inout JSONParser, name: String) throws(JSONSyntaxError) in
            switch name {
            case "type": type = try parser.directString()
            case "coordinates": positions = try parser.directPositions()
            case "geometries": throw parser.fail("geometry collections are left to the general reading")
            default: _ = try parser.parseValue()
            }
        }
        guard let type, let positions else { throw fail("left to the general reading") }
        do { return try Self.geometry(type, positions) } catch { throw fail("\(error)") }
    }

    private static func geometry(_ type: String, _ positions: Positions) throws -> Geometry {
        switch (type, positions) {
        case let ("Point", .one(c)): return .point(Point(c))
        case let ("MultiPoint", .many(list)): return .multiPoint(MultiPoint(list.map(Point.init)))
        case let ("LineString", .many(list)): return .lineString(try LineString(list))
        case let ("MultiLineString", .nested(lines)):
            return .multiLineString(MultiLineString(try lines.map { try LineString(try many($0)) }))
        case let ("Polygon", .nested(rings)): return .polygon(try polygon(rings))
        case let ("MultiPolygon", .nested(polygons)):
            return .multiPolygon(
                MultiPolygon(
                    try polygons.map { p in
                        guard case let .nested(rings) = p else { throw GeometryError.unsupported("not a polygon") }
                        return try polygon(rings)
                    }))
        default: throw GeometryError.unsupported("left to the general reading")
        }
    }

    private static func many(_ positions: Positions) throws -> [Coordinate] {
        guard case let .many(list) = positions else { throw GeometryError.unsupported("not a list of positions") }
        return list
    }

    private static func polygon(_ rings: [Positions]) throws -> Polygon {
        let closed = try rings.map { try LinearRing(try many($0)) }
        return Polygon(exterior: closed[0], holes: Array(closed.dropFirst()))
    }

    /// An object's members in order, each handed to `member` with the parser at its value; `depth` is the
    /// object's nesting in the document, so that values inside keep the general reading's depth limit.
    private mutating func directMembers(
        depth: Int, _ member: (inout JSONParser, String) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        guard bytes[i] == UInt8(ascii: "{") else { throw fail("expected an object") }
        i += 1
        skipWhitespace()
        if bytes[i] == UInt8(ascii: "}") {
            i += 1
            return
        }
        var seen: Set<String> = []
        while true {
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
            let name = try parseString()
            skipWhitespace()
            guard bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            i += 1
            skipWhitespace()
            guard seen.insert(name).inserted else { throw fail("duplicate member name \"\(name)\"") }
            self.depth = depth
            try member(&self, name)
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1; skipWhitespace()
            case UInt8(ascii: "}"): i += 1; return
            default: throw fail("expected ',' or '}' in object")
            }
        }
    }

    private mutating func directString() throws(JSONSyntaxError) -> String {
        guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string") }
        return try parseString()
    }

    /// A "coordinates" value: one position, or nested lists of them (at most three deep, as in a MultiPolygon).
    private mutating func directPositions(level: Int = 0) throws(JSONSyntaxError) -> Positions {
        guard bytes[i] == UInt8(ascii: "["), level <= 3 else { throw fail("expected positions") }
        if level == 0, startsNumber(after: i) { return .one(try directPosition()) }
        let first = nextNonSpace(after: i)
        let ofPositions = bytes[first] == UInt8(ascii: "[") && startsNumber(after: first)
        i += 1
        skipWhitespace()
        var coordinates: [Coordinate] = []
        var lists: [Positions] = []
        while true {
            if ofPositions {
                coordinates.append(try directPosition())
            } else {
                lists.append(try directPositions(level: level + 1))
            }
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1; skipWhitespace()
            case UInt8(ascii: "]"):
                i += 1
                return ofPositions ? .many(coordinates) : .nested(lists)
            default: throw fail("expected ',' or ']' in array")
            }
        }
    }

    /// `[longitude, latitude, …]`: two numbers or more, any after the first two read and dropped.
    private mutating func directPosition() throws(JSONSyntaxError) -> Coordinate {
        guard bytes[i] == UInt8(ascii: "[") else { throw fail("expected a position") }
        i += 1
        var numbers: (Double, Double) = (0, 0)
        var count = 0
        while true {
            skipWhitespace()
            guard bytes[i] == UInt8(ascii: "-") || isDigit(bytes[i]) else { throw fail("expected a number") }
            let n = try parseNumber()
            if count == 0 { numbers.0 = n } else if count == 1 { numbers.1 = n }
            count += 1
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]") where count >= 2:
                i += 1
                do { return try Coordinate(longitude: numbers.0, latitude: numbers.1) } catch {
                    throw fail(error.description)
                }
            default: throw fail("expected ',' or ']' in a position")
            }
        }
    }

    private func nextNonSpace(after k: Int) -> Int {
        var j = k + 1
        while Self.isWhitespace(bytes[j]) { j += 1 }
        return j
    }

    /// Whether the array opening at `k` starts with a number (a position).
    private func startsNumber(after k: Int) -> Bool {
        let b = bytes[nextNonSpace(after: k)]
        return b == UInt8(ascii: "-") || isDigit(b)
    }
}
