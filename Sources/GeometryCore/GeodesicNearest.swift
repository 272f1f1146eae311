import CPROJ
import Foundation

/// Geodesic distance in metres from points to a fixed set of lines (a
/// border, a province outline), kept indexed for repeated queries.
///
/// Method: the lines' segments are projected once into `MetricProjection`
/// and put in an STRtree, in runs of consecutive segments. For a query
/// point the segments within the projection's scale error of the nearest
/// are the candidates; on each, the nearest point of the *geodesic* edge is
/// found by stepping the along-track distance from the projected foot (Napier's rule on the sphere
/// for the step, exact ellipsoidal positions and distances at each step,
/// one or two steps in practice). The result is the ellipsoidal geodesic
/// distance to that point. Beyond 50 km only the nearest segment and its
/// neighbours are refined (see `nearest(to:)`).
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
        /// The edge's geodesic length, and its azimuth at both ends, solved once.
        var length: Double = 0
        var azimuth: Double = 0
        var endAzimuth: Double = 0
    }

    /// Up to this projected distance every near-tie is searched for.
    public static let fullTieSearchMetres = 50_000.0

    public let lines: [LineString]
    private let segments: [Segment]
    private let projected: [(Double, Double, Double, Double)]
    /// The segments each item of `index` stands for.
    private let chunks: [Range<Int>]
    private let index: SpatialIndex
    private let projection: MetricProjection

    public init(lines: [LineString], projection: MetricProjection = .caucasus) throws(GeometryError) {
        guard !lines.isEmpty else { throw .emptyGeometry("no lines to measure against") }
        self.lines = lines
        self.projection = projection
        var segments: [Segment] = []
        for (i, line) in lines.enumerated() {
            for k in 1..<line.coordinates.count where line.coordinates[k - 1] != line.coordinates[k] {
                let edge = Geodesic.inverse(from: line.coordinates[k - 1], to: line.coordinates[k])
                segments.append(
                    Segment(
                        start: line.coordinates[k - 1], end: line.coordinates[k], line: i,
                        length: edge.distance, azimuth: edge.initialAzimuth, endAzimuth: edge.finalAzimuth))
            }
        }
        var projected: [(Double, Double, Double, Double)] = []
        projected.reserveCapacity(segments.count)
        for s in segments {
            let a = try projection.project(s.start), b = try projection.project(s.end)
            projected.append((a.x, a.y, b.x, b.y))
        }
        // The tree holds runs of consecutive segments of one line, not single
        // segments: a dense line (thousands of short edges) then costs a
        // shallow tree and a few plain foot computations per item.
        var chunks: [Range<Int>] = []
        var chunkGeometries: [Geometry] = []
        var start = 0
        while start < segments.count {
            var end = start + 1
            while end < segments.count, end - start < Self.segmentsPerItem, segments[end].line == segments[start].line {
                end += 1
            }
            chunks.append(start..<end)
            var points = [Coordinate(uncheckedLongitude: projected[start].0, latitude: projected[start].1)]
            for k in start..<end {
                points.append(Coordinate(uncheckedLongitude: projected[k].2, latitude: projected[k].3))
            }
            chunkGeometries.append(.lineString(LineString(unchecked: points)))
            start = end
        }
        self.segments = segments
        self.projected = projected
        self.chunks = chunks
        index = try SpatialIndex(chunkGeometries)
    }

    /// Consecutive segments per item of the STRtree.
    static let segmentsPerItem = 4

    /// The segment of `chunk` nearest to `p` in the projection, and its distance.
    private func nearestInChunk(_ p: (x: Double, y: Double), _ chunk: Int) -> (segment: Int, distance: Double) {
        var best = (segment: chunks[chunk].lowerBound, distance: Double.infinity)
        for k in chunks[chunk] {
            let d = foot(p, projected[k]).distance
            if d < best.distance { best = (k, d) }
        }
        return best
    }

    /// The geodesic distance from `point` to the nearest of the lines.
    public func nearest(to point: Coordinate) throws(GeometryError) -> Result {
        let p = try projection.project(point)
        let probe = Coordinate(uncheckedLongitude: p.x, latitude: p.y)
        guard let firstChunk = try index.nearest(to: probe, itemDistance: { nearestInChunk(p, $0).distance }) else {
            throw .emptyGeometry("no segments")
        }
        let first = nearestInChunk(p, firstChunk).segment
        // Candidates: every segment whose projected distance is within the
        // projection's scale error (0.2%, plus 25 m) of the nearest, settled
        // geodesically. Beyond 50 km the search box would hold much of the
        // border, so only the nearest and its neighbours on the same line
        // (a foot at a shared vertex ties them) are taken: a tie with another
        // stretch could then cost at most the scale error, under 0.1%.
        let best = foot(p, projected[first]).distance
        var candidates = [first]
        if best <= Self.fullTieSearchMetres {
            let reach = best * 1.002 + 25
            let box = Envelope(
                minLongitude: p.x - reach, minLatitude: p.y - reach,
                maxLongitude: p.x + reach, maxLatitude: p.y + reach)
            index.forEach(in: box) { chunk in
                for i in chunks[chunk] where i != first && foot(p, projected[i]).distance <= reach {
                    candidates.append(i)
                }
            }
        } else {
            if first > 0, segments[first - 1].line == segments[first].line { candidates.append(first - 1) }
            if first + 1 < segments.count, segments[first + 1].line == segments[first].line {
                candidates.append(first + 1)
            }
        }
        var answer: Result?
        var atVertex: (vertex: Coordinate, inverse: Geodesic.Inverse)?
        for candidate in candidates {
            let r = nearestOnGeodesic(
                point, segments[candidate], startFraction: foot(p, projected[candidate]).fraction,
                atVertex: &atVertex)
            if answer == nil || r.distance < answer!.distance { answer = r }
        }
        return answer!
    }

    /// The planar distance from `p` to a projected segment, and where along it the foot falls (0...1).
    private func foot(_ p: (x: Double, y: Double), _ s: (Double, Double, Double, Double)) -> (
        distance: Double, fraction: Double
    ) {
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
    /// `atVertex` carries the geodesic from the last vertex solved to the
    /// point: neighbours whose feet fall on the vertex they share (the usual
    /// case on a dense line) solve it once.
    private func nearestOnGeodesic(
        _ point: Coordinate, _ segment: Segment, startFraction: Double,
        atVertex: inout (vertex: Coordinate, inverse: Geodesic.Inverse)?
    ) -> Result {
        let length = segment.length
        let earthRadius = 6_371_008.8
        var s = startFraction * length
        var position = segment.start
        var distance = Double.infinity
        for _ in 0..<8 {
            // The position on the edge (its ends need no solving: on a dense
            // line most feet fall on a vertex), the edge's azimuth there, and
            // the geodesic towards the point.
            let along: (point: Coordinate, azimuth: Double)
            if s == 0 {
                along = (segment.start, segment.azimuth)
            } else if s == length {
                along = (segment.end, segment.endAzimuth)
            } else {
                along = Geodesic.destinationWithAzimuth(from: segment.start, azimuth: segment.azimuth, distance: s)
            }
            let toPoint: Geodesic.Inverse
            if let memo = atVertex, memo.vertex == along.point {
                toPoint = memo.inverse
            } else {
                toPoint = Geodesic.inverse(from: along.point, to: point)
                if s == 0 || s == length { atVertex = (along.point, toPoint) }
            }
            if toPoint.distance > distance { break }  // a step that overshoots: keep the better position
            position = along.point
            distance = toPoint.distance
            let delta = (toPoint.initialAzimuth - along.azimuth) * .pi / 180
            let d = toPoint.distance / earthRadius
            let next = min(max(s + atan2(sin(d) * cos(delta), cos(d)) * earthRadius, 0), length)
            // A centimetre along the edge changes the distance by far less.
            if abs(next - s) < 0.01 { break }
            s = next
        }
        return Result(distance: distance, nearestPoint: position, lineIndex: segment.line)
    }
}

extension Geodesic {
    /// The point `distance` metres along the geodesic leaving `start` on
    /// `azimuth`, and the geodesic's azimuth there.
    static func destinationWithAzimuth(from start: Coordinate, azimuth: Double, distance: Double)
        -> (point: Coordinate, azimuth: Double)
    {
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
            let lines =
                lineStrings
                + polygons.flatMap { ([$0.exterior] + $0.holes).map { LineString(unchecked: $0.coordinates) } }
            return try GeodesicNearest(lines: lines).nearest(to: point).distance
        }
    }
}
