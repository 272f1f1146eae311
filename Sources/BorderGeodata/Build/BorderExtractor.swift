import GeometryCore

/// Derives the Armenia–Azerbaijan border from the two country polygons, so
/// that the side of the line a point is on always agrees with the polygon
/// that holds it.
struct BorderExtractor {
    /// Naxçıvan city, inside the Nakhchivan part of Azerbaijan.
    static let nakhchivanCity = try! Coordinate(longitude: 45.4123, latitude: 39.2089)

    static let osmSource = "OpenStreetMap boundaries via timezone-boundary-builder 2026c (Asia/Yerevan | Asia/Baku)"
    static let osmScale = "OpenStreetMap, not generalized"
    /// OpenStreetMap states no accuracy: 100 m is 1 mm at 1:100,000, the
    /// scale of the topographic sheets and imagery such boundaries are traced
    /// on (see SOURCES.md for how it was checked).
    static let osmToleranceMetres = 100.0

    let armenia: Geometry
    let azerbaijan: Geometry
    let exclaves: [ExclaveSpec]
    /// The exclave rings' tolerance, measured (see `LineDeviation`).
    let exclaveToleranceMetres: Double

    func extract() throws(GeometryError) -> [BorderSegment] {
        let shared = try armenia.boundary().intersection(azerbaijan.buffer(degrees: 1e-6)).linear.lineMerge()
        guard
            let nakhchivan = azerbaijan.polygons.first(where: {
                (try? Geometry.polygon($0).covers(.point(Point(Self.nakhchivanCity)))) == true
            })
        else { throw .emptyGeometry("no Nakhchivan part in Azerbaijan") }
        let nakhchivanZone = try PreparedGeometry(Geometry.polygon(nakhchivan).buffer(degrees: 1e-5))

        var mainland: [LineString] = []
        var nakhchivanLines: [LineString] = []
        var exclaveLines: [Int: [LineString]] = [:]
        for line in shared.lineStrings {
            if line.isClosed {
                let centre = Envelope(covering: line.coordinates)!
                let mid = Coordinate(uncheckedCentreOf: centre)
                let nearest = exclaves.indices.min {
                    Geodesic.distance(mid, exclaves[$0].label) < Geodesic.distance(mid, exclaves[$1].label)
                }!
                exclaveLines[nearest, default: []].append(line)
            } else if try nakhchivanZone.intersects(.lineString(line)) {
                nakhchivanLines.append(line)
            } else {
                mainland.append(line)
            }
        }
        var segments = [
            BorderSegment(
                id: "mainland", name: "Armenia–Azerbaijan border, mainland",
                geometry: .multiLineString(MultiLineString(mainland)), source: Self.osmSource,
                scale: Self.osmScale, toleranceMetres: Self.osmToleranceMetres),
            BorderSegment(
                id: "nakhchivan", name: "Armenia–Azerbaijan border, Nakhchivan",
                geometry: .multiLineString(MultiLineString(nakhchivanLines)), source: Self.osmSource,
                scale: Self.osmScale, toleranceMetres: Self.osmToleranceMetres),
        ]
        for (i, exclave) in exclaves.enumerated() {
            guard let lines = exclaveLines[i] else { continue }
            segments.append(
                BorderSegment(
                    id: "exclave-\(exclave.slug)", name: exclave.name,
                    geometry: .multiLineString(MultiLineString(lines)),
                    source: ExclaveSpec.source, scale: ExclaveSpec.scale,
                    toleranceMetres: exclaveToleranceMetres,
                    deJure: exclave.deJure, controlledBy: exclave.controlledBy))
        }
        return segments
    }
}

extension Coordinate {
    init(uncheckedCentreOf box: Envelope) {
        self = try! Coordinate(
            longitude: (box.minLongitude + box.maxLongitude) / 2,
            latitude: (box.minLatitude + box.maxLatitude) / 2)
    }
}
