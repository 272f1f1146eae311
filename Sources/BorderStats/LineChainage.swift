import BorderGeodata
import GeometryCore

/// Distance along each border segment: for a point on (or near) a segment,
/// the geodesic length of the segment from its first vertex to the point
/// nearest it. An exclave ring is measured from its own first vertex.
public final class LineChainage: Sendable {
    private struct Measured: Sendable {
        let nearest: GeodesicNearest
        /// Geodesic length of the segment before each edge of `nearest`.
        let before: [Double]
        let edges: [LineString]
        let lengthMetres: Double
    }

    private let segments: [String: Measured]

    public init(_ border: [BorderSegment]) throws(GeometryError) {
        var segments: [String: Measured] = [:]
        for segment in border {
            var edges: [LineString] = []
            var before: [Double] = []
            var walked = 0.0
            for line in segment.geometry.lineStrings {
                for k in 1..<line.coordinates.count where line.coordinates[k - 1] != line.coordinates[k] {
                    let edge = try LineString([line.coordinates[k - 1], line.coordinates[k]])
                    edges.append(edge)
                    before.append(walked)
                    walked += Geodesic.distance(line.coordinates[k - 1], line.coordinates[k])
                }
            }
            guard !edges.isEmpty else { continue }
            // A projection of its own, so that no lock is shared with the geodata's.
            let nearest = try GeodesicNearest(lines: edges, projection: try MetricProjection())
            segments[segment.id] = Measured(nearest: nearest, before: before, edges: edges, lengthMetres: walked)
        }
        self.segments = segments
    }

    /// The segment's geodesic length in metres, nil for an unknown segment.
    public func length(of segment: String) -> Double? { segments[segment]?.lengthMetres }

    /// Metres along `segment` from its first vertex to the point of it nearest `c`.
    public func chainage(of c: Coordinate, on segment: String) throws(GeometryError) -> Double? {
        guard let m = segments[segment] else { return nil }
        let hit = try m.nearest.nearest(to: c)
        let start = m.edges[hit.lineIndex].coordinates[0]
        return min(m.before[hit.lineIndex] + Geodesic.distance(start, hit.nearestPoint), m.lengthMetres)
    }
}
