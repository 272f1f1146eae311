import Foundation

/// Why a GeoJSON document was rejected, and the JSON path of the bad member.
public struct GeoJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Such as `features[3].geometry.coordinates[0]`; empty for the root.
    public var path: String
    public var message: String
    /// The file read, when there was one.
    public var file: String?

    public init(path: String, message: String, file: String? = nil) {
        self.path = path
        self.message = message
        self.file = file
    }

    public var description: String {
        let place = [file, path.isEmpty ? "(root)" : path].compactMap { $0 }.joined(separator: ": ")
        return "\(place): \(message)"
    }
}

/// Reads RFC 7946 GeoJSON strictly: positions must be numbers with a valid
/// longitude and latitude, rings closed and long enough, types known.
public enum GeoJSONReader {
    public static func read(contentsOf url: URL) throws(GeoJSONError) -> GeoJSONObject {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GeoJSONError(path: "", message: "cannot read file: \(error.localizedDescription)", file: url.path)
        }
        do { return try read(data) } catch {
            var e = error
            e.file = url.path
            throw e
        }
    }

    public static func read(_ text: String) throws(GeoJSONError) -> GeoJSONObject { try read(Data(text.utf8)) }

    /// `directly`: a feature collection is read first by `GeoJSONDirectReader` (the same value, faster);
    /// false only to compare the two.
    public static func read(_ data: Data, directly: Bool = true) throws(GeoJSONError) -> GeoJSONObject {
        let bytes = [UInt8](data)
        if directly, let collection = GeoJSONDirectReader.featureCollection(bytes) {
            return .featureCollection(collection)
        }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw GeoJSONError(path: "", message: "not valid JSON: \(error)")
        }
        return try object(json, path: "")
    }

    public static func object(_ json: JSONValue, path: String) throws(GeoJSONError) -> GeoJSONObject {
        let o = try members(json, path)
        let type = try typeName(o, path)
        switch type {
        case "FeatureCollection":
            guard let features = o["features"] else {
                throw GeoJSONError(path: path, message: "missing member 'features'")
            }
            let list = try array(features, join(path, "features"))
            var result: [Feature] = []
            result.reserveCapacity(list.count)
            for (i, f) in list.enumerated() {
                result.append(try feature(f, path: "\(join(path, "features"))[\(i)]"))
            }
            return .featureCollection(FeatureCollection(result))
        case "Feature":
            return .feature(try feature(json, path: path))
        default:
            return .geometry(try geometry(json, path: path))
        }
    }

    public static func feature(_ json: JSONValue, path: String) throws(GeoJSONError) -> Feature {
        let o = try members(json, path)
        guard try typeName(o, path) == "Feature" else {
            throw GeoJSONError(path: join(path, "type"), message: "expected \"Feature\"")
        }
        var id: JSONValue?
        if let rawID = o["id"] {
            switch rawID {
            case .string, .number: id = rawID
            default:
                throw GeoJSONError(
                    path: join(path, "id"), message: "id must be a string or a number, found \(rawID.typeName)")
            }
        }
        guard let g = o["geometry"] else { throw GeoJSONError(path: path, message: "missing member 'geometry'") }
        let geometry = g.isNull ? nil : try self.geometry(g, path: join(path, "geometry"))
        var properties: JSONObject?
        switch o["properties"] {
        case nil: throw GeoJSONError(path: path, message: "missing member 'properties'")
        case .null?: properties = nil
        case let .object(p)?: properties = p
        case let other?:
            throw GeoJSONError(
                path: join(path, "properties"), message: "properties must be an object or null, found \(other.typeName)"
            )
        }
        return Feature(id: id, geometry: geometry, properties: properties)
    }

    public static func geometry(_ json: JSONValue, path: String) throws(GeoJSONError) -> Geometry {
        let o = try members(json, path)
        let type = try typeName(o, path)
        if type == "GeometryCollection" {
            guard let list = o["geometries"] else {
                throw GeoJSONError(path: path, message: "missing member 'geometries'")
            }
            var parts: [Geometry] = []
            for (i, g) in try array(list, join(path, "geometries")).enumerated() {
                parts.append(try geometry(g, path: "\(join(path, "geometries"))[\(i)]"))
            }
            return .geometryCollection(parts)
        }
        guard let raw = o["coordinates"] else {
            throw GeoJSONError(path: path, message: "missing member 'coordinates'")
        }
        let p = join(path, "coordinates")
        switch type {
        case "Point":
            return .point(Point(try position(raw, p)))
        case "MultiPoint":
            return .multiPoint(MultiPoint(try positions(raw, p).map(Point.init)))
        case "LineString":
            return .lineString(try lineString(raw, p))
        case "MultiLineString":
            var lines: [LineString] = []
            for (i, l) in try array(raw, p).enumerated() { lines.append(try lineString(l, "\(p)[\(i)]")) }
            return .multiLineString(MultiLineString(lines))
        case "Polygon":
            return .polygon(try polygon(raw, p))
        case "MultiPolygon":
            var polygons: [Polygon] = []
            for (i, q) in try array(raw, p).enumerated() { polygons.append(try polygon(q, "\(p)[\(i)]")) }
            return .multiPolygon(MultiPolygon(polygons))
        default:
            throw GeoJSONError(path: join(path, "type"), message: "unknown geometry type \"\(type)\"")
        }
    }

    // MARK: Pieces

    private static func join(_ path: String, _ member: String) -> String {
        path.isEmpty ? member : "\(path).\(member)"
    }

    private static func members(_ json: JSONValue, _ path: String) throws(GeoJSONError) -> JSONObject {
        guard case let .object(o) = json else {
            throw GeoJSONError(path: path, message: "expected an object, found \(json.typeName)")
        }
        return o
    }

    private static func typeName(_ o: JSONObject, _ path: String) throws(GeoJSONError) -> String {
        guard let t = o["type"] else { throw GeoJSONError(path: path, message: "missing member 'type'") }
        guard case let .string(s) = t else {
            throw GeoJSONError(path: join(path, "type"), message: "type must be a string, found \(t.typeName)")
        }
        return s
    }

    private static func array(_ json: JSONValue, _ path: String) throws(GeoJSONError) -> [JSONValue] {
        guard case let .array(a) = json else {
            throw GeoJSONError(path: path, message: "expected an array, found \(json.typeName)")
        }
        return a
    }

    /// `path` is only formatted on failure: formatting one per position was most of the reading time.
    private static func position(_ json: JSONValue, _ path: @autoclosure () -> String) throws(GeoJSONError)
        -> Coordinate
    {
        guard case let .array(a) = json, a.count >= 2, case let .number(longitude) = a[0],
            case let .number(latitude) = a[1], a.count == 2 || a.dropFirst(2).allSatisfy({ $0.numberValue != nil })
        else { throw positionError(json, path()) }
        do { return try Coordinate(longitude: longitude, latitude: latitude) } catch {
            throw GeoJSONError(path: path(), message: error.description)
        }
    }

    private static func positionError(_ json: JSONValue, _ path: String) -> GeoJSONError {
        guard case let .array(a) = json else {
            return GeoJSONError(path: path, message: "expected an array, found \(json.typeName)")
        }
        for (i, v) in a.enumerated() where v.numberValue == nil {
            return GeoJSONError(path: "\(path)[\(i)]", message: "expected a number, found \(v.typeName)")
        }
        return GeoJSONError(
            path: path, message: "a position needs longitude and latitude, found \(a.count) number(s)")
    }

    private static func positions(_ json: JSONValue, _ path: String) throws(GeoJSONError) -> [Coordinate] {
        let list = try array(json, path)
        var result: [Coordinate] = []
        result.reserveCapacity(list.count)
        for (i, p) in list.enumerated() { result.append(try position(p, "\(path)[\(i)]")) }
        return result
    }

    private static func lineString(_ json: JSONValue, _ path: String) throws(GeoJSONError) -> LineString {
        do { return try LineString(try positions(json, path)) } catch let error as GeometryError {
            throw GeoJSONError(path: path, message: error.description)
        } catch let error as GeoJSONError { throw error } catch { throw GeoJSONError(path: path, message: "\(error)") }
    }

    private static func polygon(_ json: JSONValue, _ path: String) throws(GeoJSONError) -> Polygon {
        var rings: [LinearRing] = []
        for (i, r) in try array(json, path).enumerated() {
            let ringPath = "\(path)[\(i)]"
            let coordinates = try positions(r, ringPath)
            do { rings.append(try LinearRing(coordinates)) } catch {
                throw GeoJSONError(path: ringPath, message: error.description)
            }
        }
        guard let exterior = rings.first else {
            throw GeoJSONError(path: path, message: "a polygon needs at least one ring")
        }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }
}
