import GeometryCore

/// How far the vertices of one line lie from another, geodesically: the
/// build's measure of a source's accuracy against the OpenStreetMap line
/// and of how far the border moved from the previous build's.
struct LineDeviation {
    var count: Int
    var median: Double
    var p90: Double
    var max: Double

    /// Distances from each vertex within `within` metres of the reference
    /// (farther ones belong to other borders) and not skipped.
    init?(
        of coordinates: [Coordinate], from reference: GeodesicNearest, within: Double = .infinity,
        skipping skip: (Coordinate) -> Bool = { _ in false }
    ) throws(GeometryError) {
        var d: [Double] = []
        for c in coordinates where !skip(c) {
            let x = try reference.nearest(to: c).distance
            if x <= within { d.append(x) }
        }
        guard !d.isEmpty else { return nil }
        d.sort()
        count = d.count
        median = d[d.count / 2]
        p90 = d[min(d.count - 1, Int(Double(d.count) * 0.9))]
        max = d[d.count - 1]
    }

    /// Points along the lines at most `metres` apart (vertices included), so
    /// that long straight edges weigh by their length.
    static func samples(of lines: [LineString], every metres: Double) -> [Coordinate] {
        var points: [Coordinate] = []
        for line in lines {
            for (a, b) in zip(line.coordinates, line.coordinates.dropFirst()) {
                points.append(a)
                let d = Geodesic.distance(a, b)
                let steps = Int((d / metres).rounded(.up))
                if steps > 1 {
                    for k in 1..<steps {
                        points.append(Geodesic.intermediate(from: a, to: b, fraction: Double(k) / Double(steps)))
                    }
                }
            }
            if let last = line.coordinates.last { points.append(last) }
        }
        return points
    }

    /// The 90th percentile rounded up to 100 m: the tolerance a source earns.
    var tolerance: Double { (p90 / 100).rounded(.up) * 100 }

    var text: String {
        String(format: "%d vertices: median %.0f m, 90th percentile %.0f m, max %.0f m", count, median, p90, max)
    }
}
