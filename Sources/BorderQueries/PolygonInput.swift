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
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(MultiPolygon(polygons))
    }
}
