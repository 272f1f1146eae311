import GeometryCore

/// A line's chainage, remembered per nearest border point: places far
/// from the line share a few vertices as their nearest point (100,000
/// imported rows had 3,219 distinct ones), and each measure is a search
/// of the segment's edges.
struct MeasuredChainage: Sendable {
    private struct Key: Hashable {
        var segment: String
        var longitude: Double
        var latitude: Double
    }

    private let line: LineChainage
    private var known: [Key: Double?] = [:]

    init(_ line: LineChainage) { self.line = line }

    /// As `LineChainage.chainage(of:on:)`.
    mutating func chainage(of c: Coordinate, on segment: String) throws(GeometryError) -> Double? {
        let key = Key(segment: segment, longitude: c.longitude, latitude: c.latitude)
        if let held = known[key] { return held }
        let measured = try line.chainage(of: c, on: segment)
        known[key] = measured
        return measured
    }
}
