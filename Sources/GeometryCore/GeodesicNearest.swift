import CPROJ
import Foundation

/// Geodesic distance in metres from points to a fixed set of lines (a
/// border, a province outline), kept indexed for repeated queries.
///
/// Method: the lines' segments are projected once into `MetricProjection`
/// and put in an STRtree; for a query point the nearest projected segments
/// are candidates, and on each candidate the nearest point of the *geodesic*
/// edge is found by iterating the along-track distance (Napier's rule on the
/// sphere as the step, exact ellipsoidal positions and distances at each
/// step). The result is the ellipsoidal geodesic distance to the nearest
/// point, the quantity PostGIS's `ST_Distance` on geography approximates.
public final class GeodesicNearest: Sendable {
    /// One answer: how far, to which position, on which of the input lines.
    public struct Result: Sendable, Equatable {
        public var distance: Double
        public var nearestPoint: Coordinate
        public var lineIndex: Int
    }

    private struct Segment: Sendable {
        var start: Coordinate
        var end: Coordinate
        var line: Int
    }

    public let lines: [LineString]
    private let segments: [Segment]
    private let projected: [(Double, Double, Double, Double)]
    private let index: SpatialIndex
    private let projection: MetricProjection

    public init(lines: [LineString], projection: MetricProjection = .caucasus) throws(GeometryError) {
        guard !lines.isEmpty else { throw .emptyGeometry("no lines to measure against") }
        self.lines = lines
        self.projection = projection
        var segments: [Segment] = []
        for (i, line) in lines.enumerated() {
            for k in 1..<line.coordinates.count where line.coordinates[k - 1] != line.coordinates[k] {
                segments.append(Segment(start: line.coordinates[k - 1], end: line.coordinates[k], line: i))
            }
        }
        var projected: [(Double, Double, Double, Double)] = []
        var segmentGeometries: [Geometry] = []
        projected.reserveCapacity(segments.count)
        segmentGeometries.reserveCapacity(segments.count)
        for s in segments {
            let a = try projection.project(s.start), b = try projection.project(s.end)
            projected.append((a.x, a.y, b.x, b.y))
            segmentGeometries.append(.lineString(LineString(unchecked: [
                Coordinate(uncheckedLongitude: a.x, latitude: a.y),
                Coordinate(uncheckedLongitude: b.x, latitude: b.y),
            ])))
        }
        self.segments = segments
        self.projected = projected
        index = try SpatialIndex(segmentGeometries)
    }

    /// The geodesic distance from `point` to the nearest of the lines.
    public func nearest(to point: Coordinate) throws(GeometryError) -> Result {
        let p = try projection.project(point)
        let probe = Coordinate(uncheckedLongitude: p.x, latitude: p.y)
        guard let first = try index.nearest(to: probe) else { throw .emptyGeometry("no segments") }
        // Near-ties in the projection are settled geodesically.
        let best = foot(p, projected[first]).distance
        let reach = best * 1.002 + 25
        let box = Envelope(minLongitude: p.x - reach, minLatitude: p.y - reach,
                           maxLongitude: p.x + reach, maxLatitude: p.y + reach)
        var answer: Result?
        index.forEach(in: box) { candidate in
            let f = foot(p, projected[candidate])
            guard f.distance <= reach else { return }
            let r = nearestOnGeodesic(point, segments[candidate], startFraction: f.fraction)
            if answer == nil || r.distance < answer!.distance { answer = r }
        }
        return answer ?? nearestOnGeodesic(point, segments[first], startFraction: foot(p, projected[first]).fraction)
    }

    /// The planar distance from `p` to a projected segment, and where along it the foot falls (0...1).
    private func foot(_ p: (x: Double, y: Double), _ s: (Double, Double, Double, Double)) -> (distance: Double, fraction: Double) {
        let (ax, ay, bx, by) = s
        let dx = bx - ax, dy = by - ay
        let len2 = dx * dx + dy * dy
        var t = len2 > 0 ? ((p.x - ax) * dx + (p.y - ay) * dy) / len2 : 0
        t = min(max(t, 0), 1)
        let qx = ax + t * dx - p.x, qy = ay + t * dy - p.y
        return ((qx * qx + qy * qy).squareRoot(), t)
    }

    /// The nearest point to `point` on the geodesic edge of `segment`,
    /// starting from the projected foot (usually one or two steps).
    private func nearestOnGeodesic(_ point: Coordinate, _ segment: Segment, startFraction: Double) -> Result {
        let edge = Geodesic.inverse(from: segment.start, to: segment.end)
        let length = edge.distance
        let earthRadius = 6_371_008.8
        var s = startFraction * length
        var position = segment.start
        var distance = Double.infinity
        for _ in 0..<8 {
            // Azimuth of the edge at the current position, and towards the point.
            let along = Geodesic.destinationWithAzimuth(from: segment.start, azimuth: edge.initialAzimuth, distance: s)
            let toPoint = Geodesic.inverse(from: along.point, to: point)
            if toPoint.distance > distance { break }  // a step that overshoots: keep the better position
            position = along.point
            distance = toPoint.distance
            let delta = (toPoint.initialAzimuth - along.azimuth) * .pi / 180
            let d = toPoint.distance / earthRadius
            let next = min(max(s + atan2(sin(d) * cos(delta), cos(d)) * earthRadius, 0), length)
            if abs(next - s) < 1e-3 { break }
            s = next
        }
        return Result(distance: distance, nearestPoint: position, lineIndex: segment.line)
    }
}

extension Geodesic {
    /// The point `distance` metres along the geodesic leaving `start` on
    /// `azimuth`, and the geodesic's azimuth there.
    static func destinationWithAzimuth(from start: Coordinate, azimuth: Double, distance: Double)
        -> (point: Coordinate, azimuth: Double) {
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        withWGS84 { geod_direct($0, start.latitude, start.longitude, azimuth, distance, &lat2, &lon2, &azi2) }
        return (Coordinate(uncheckedLongitude: lon2, latitude: lat2), azi2)
    }
}

extension Geometry {
    /// Geodesic distance in metres from `point` to this geometry: zero inside
    /// a polygon, otherwise to the nearest line, ring or point. For many
    /// queries against one geometry keep a `GeodesicNearest` instead.
    public func geodesicDistance(to point: Coordinate) throws(GeometryError) -> Double {
        switch self {
        case let .point(p):
            return Geodesic.distance(point, p.coordinate)
        case let .multiPoint(m):
            return m.points.map { Geodesic.distance(point, $0.coordinate) }.min() ?? .infinity
        case .geometryCollection:
            throw .unsupported("distance to a geometry collection")
        default:
            if !polygons.isEmpty, try covers(.point(Point(point))) { return 0 }
            let lines = lineStrings + polygons.flatMap { ([$0.exterior] + $0.holes).map { LineString(unchecked: $0.coordinates) } }
            return try GeodesicNearest(lines: lines).nearest(to: point).distance
        }
    }
}
