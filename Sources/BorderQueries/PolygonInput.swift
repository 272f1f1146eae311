import Foundation
import GeometryCore

/// Reads the polygon of a `--within` filter: GeoJSON text or a file holding
/// it, as a geometry, a feature or a feature collection of polygons.
public enum PolygonInput {
    public static func read(_ argument: String) throws -> Geometry {
        let trimmed = argument.trimmingCharacters(in: .whitespacesAndNewlines)
        let object: GeoJSONObject
        let what: String
        if trimmed.hasPrefix("{") {
            what = "--within"
            object = try GeoJSONReader.read(trimmed)
        } else {
            what = argument
            object = try GeoJSONReader.read(contentsOf: URL(fileURLWithPath: argument))
        }
        let polygons = object.features.compactMap(\.geometry).flatMap(\.polygons)
        guard !polygons.isEmpty else { throw QueryError.notPolygonal(what) }
        // A bow-tie or a ring that crosses itself has no well-defined inside;
        // refuse it rather than let GEOS answer from a shape the user did not draw.
        for polygon in polygons {
            if let problem = try Geometry.polygon(polygon).validityProblem {
                throw QueryError.invalidPolygon(what, reason: problem.reason, at: problem.location)
            }
        }
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(MultiPolygon(polygons))
    }
}
