/// A strict check of a GeoJSON document against RFC 7946, beyond what the
/// reader enforces: ring winding (§3.1.6), no `crs` member (§4), `bbox`
/// of 4 or 6 numbers (§5), and every position a longitude and latitude.
public enum RFC7946Check {
    /// One violation, with the JSON path of the member at fault.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
    }

    /// Every violation found in the text; empty when it conforms.
    public static func problems(in text: String) -> [Problem] {
        let json: JSONValue
        do { json = try JSONParser.parse(text) } catch {
            return [Problem(path: "", message: "not JSON: \(error)")]
        }
        var found: [Problem] = []
        do { _ = try GeoJSONReader.object(json, path: "") } catch {
            found.append(Problem(path: error.path, message: error.message))
        }
        walk(json, path: "", into: &found)
        return found
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private static func walk(_ value: JSONValue, path: String, into found: inout [Problem]) {
        guard case let .object(o) = value else { return }
        if o["crs"] != nil { found.append(Problem(path: join(path, "crs"), message: "RFC 7946 has no crs member")) }
        if let bbox = o["bbox"] {
            let numbers = bbox.arrayValue?.compactMap(\.numberValue) ?? []
            if numbers.count != (bbox.arrayValue?.count ?? -1) || ![4, 6].contains(numbers.count) {
                found.append(Problem(path: join(path, "bbox"), message: "bbox must be an array of 4 or 6 numbers"))
            }
        }
        switch o["type"]?.stringValue {
        case "FeatureCollection":
            for (i, f) in (o["features"]?.arrayValue ?? []).enumerated() {
                walk(f, path: "\(join(path, "features"))[\(i)]", into: &found)
            }
        case "Feature":
            if let g = o["geometry"] { walk(g, path: join(path, "geometry"), into: &found) }
        case "GeometryCollection":
            for (i, g) in (o["geometries"]?.arrayValue ?? []).enumerated() {
                walk(g, path: "\(join(path, "geometries"))[\(i)]", into: &found)
            }
        case "Polygon":
            checkPolygon(o["coordinates"], path: join(path, "coordinates"), into: &found)
        case "MultiPolygon":
            for (i, p) in (o["coordinates"]?.arrayValue ?? []).enumerated() {
                checkPolygon(p, path: "\(join(path, "coordinates"))[\(i)]", into: &found)
            }
        default:
            break
        }
    }

    private static func checkPolygon(_ value: JSONValue?, path: String, into found: inout [Problem]) {
        for (i, ring) in (value?.arrayValue ?? []).enumerated() {
            let positions = (ring.arrayValue ?? []).compactMap { p -> Coordinate? in
                guard let a = p.arrayValue, a.count >= 2, let x = a[0].numberValue, let y = a[1].numberValue else {
                    return nil
                }
                return Coordinate(uncheckedLongitude: x, latitude: y)
            }
            guard positions.count >= 4, positions.first == positions.last else { continue }  // the reader reports these
            let ccw = LinearRing(unchecked: positions).isCounterClockwise
            if i == 0 && !ccw {
                found.append(
                    Problem(path: "\(path)[0]", message: "exterior ring is clockwise; RFC 7946 wants counter-clockwise")
                )
            } else if i > 0 && ccw {
                found.append(
                    Problem(path: "\(path)[\(i)]", message: "hole is counter-clockwise; RFC 7946 wants clockwise"))
            }
        }
    }
}
