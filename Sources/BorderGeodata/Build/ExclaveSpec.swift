import GeometryCore

/// An exclave along the Armenia–Azerbaijan border: whose it is de jure and
/// who has held it since the war of the early 1990s.
struct ExclaveSpec {
    var name: String
    var slug: String
    /// A point inside the exclave, to tell the source's rings apart.
    var label: Coordinate
    var deJure: String
    var controlledBy: String
    static let source = "GSHHG 2.3.7 full-resolution border lines (WDB-II)"
    static let scale = "WDB-II full resolution"

    static let all = [
        ExclaveSpec(
            name: "Artsvashen (Armenian exclave, held by Azerbaijan since 1992)", slug: "artsvashen",
            label: try! Coordinate(longitude: 45.516, latitude: 40.646), deJure: "ARM", controlledBy: "AZE"),
        ExclaveSpec(
            name: "Yukhari Askipara (Azerbaijani exclave, held by Armenia)", slug: "yukhari-askipara",
            label: try! Coordinate(longitude: 45.005, latitude: 41.062), deJure: "AZE", controlledBy: "ARM"),
        ExclaveSpec(
            name: "Barxudarlı (Azerbaijani exclave, held by Armenia)", slug: "barxudarli",
            label: try! Coordinate(longitude: 45.215, latitude: 40.988), deJure: "AZE", controlledBy: "ARM"),
    ]
    /// Rings larger than this are not exclaves (GSHHG also closes country outlines).
    static let maximumAreaM2 = 100e6
    /// A ring counts as an exclave's when its label lies within this of it.
    static let labelReachMetres = 3_000.0
    /// GSHHG cuts its lines at whole degrees and leaves some pieces a little
    /// apart (Barxudarlı's ring has a 170 m break at 41°N): loose ends closer
    /// than this are joined.
    static let joinMetres = 250.0

    /// The exclave polygons: GSHHG's lines are noded (it cuts them at whole
    /// degrees and repeats pieces) and polygonized; each small ring goes to
    /// the exclave whose label it holds or nears.
    static func polygons(gshhgLines lines: [LineString]) throws -> [(spec: ExclaveSpec, polygon: Geometry)] {
        let merged = try Geometry.multiLineString(MultiLineString(lines)).unaryUnion().lineMerge().lineStrings
        let noded = try Geometry.multiLineString(MultiLineString(merged + joins(merged))).unaryUnion()
        let gshhgRings = try Geometry.polygonize([noded]).polygons.filter { Geodesic.area(of: $0) < maximumAreaM2 }
        var result: [(spec: ExclaveSpec, polygon: Geometry)] = []
        for spec in all {
            let near = try gshhgRings.filter { p in
                try Geometry.polygon(p).geodesicDistance(to: spec.label) <= labelReachMetres
            }
            guard !near.isEmpty else {
                throw GeodataError.geometry("\(source) has no ring at \(spec.name) (\(spec.label))")
            }
            // Exteriors only: where the join crosses the line it closes a tiny loop inside the ring.
            let filled = near.map { Polygon(exterior: $0.exterior) }
            result.append((spec, try Geometry.multiPolygon(MultiPolygon(filled)).makeValid().unaryUnion().polygonal))
        }
        return result
    }

    /// Short lines joining loose ends (ends no other line shares) that lie
    /// within `joinMetres` of each other.
    static func joins(_ lines: [LineString]) throws(GeometryError) -> [LineString] {
        var ends: [Coordinate: Int] = [:]
        for l in lines where !l.isClosed {
            ends[l.coordinates[0], default: 0] += 1
            ends[l.coordinates[l.coordinates.count - 1], default: 0] += 1
        }
        let loose = ends.filter { $0.value == 1 }.keys.sorted {
            ($0.longitude, $0.latitude) < ($1.longitude, $1.latitude)
        }
        var used = Set<Int>()
        var result: [LineString] = []
        for i in loose.indices where !used.contains(i) {
            let partner = loose.indices.filter { $0 != i && !used.contains($0) }
                .min { Geodesic.distance(loose[i], loose[$0]) < Geodesic.distance(loose[i], loose[$1]) }
            guard let j = partner, Geodesic.distance(loose[i], loose[j]) < joinMetres else { continue }
            used.formUnion([i, j])
            result.append(try LineString([loose[i], loose[j]]))
        }
        return result
    }
}
