import GeometryCore

/// Derives the Armenia–Azerbaijan border from the two country polygons, so
/// that the side of the line a point is on always agrees with the polygon
/// that holds it.
struct BorderExtractor {
    /// Exclaves along the border, located by a point inside each.
    static let exclaves: [(name: String, slug: String, point: Coordinate)] = [
        ("Artsvashen (Armenian exclave)", "artsvashen", try! Coordinate(longitude: 45.516, latitude: 40.646)),
        ("Yukhari Askipara (Azerbaijani exclave)", "yukhari-askipara", try! Coordinate(longitude: 45.200, latitude: 40.985)),
        ("Barxudarlı (Azerbaijani exclave)", "barxudarli", try! Coordinate(longitude: 44.995, latitude: 41.055)),
    ]
    /// Naxçıvan city, inside the Nakhchivan part of Azerbaijan.
    static let nakhchivanCity = try! Coordinate(longitude: 45.4123, latitude: 39.2089)

    static let dcwSource = "DCW-GMT 2.1.1 Armenia polygon"
    static let dcwScale = "1:1,000,000"
    static let dcwToleranceMetres = 1_000.0
    static let naturalEarthSource = "Natural Earth 10m 5.1.1 admin-0"
    static let naturalEarthScale = "1:10,000,000"
    static let naturalEarthToleranceMetres = 2_000.0

    let armenia: Geometry
    let azerbaijan: Geometry

    func extract() throws(GeometryError) -> [BorderSegment] {
        let shared = try armenia.boundary().intersection(azerbaijan.buffer(degrees: 1e-6)).linear.lineMerge()
        guard let nakhchivan = azerbaijan.polygons.first(where: {
            (try? Geometry.polygon($0).covers(.point(Point(Self.nakhchivanCity)))) == true
        }) else { throw .emptyGeometry("no Nakhchivan part in Azerbaijan") }
        let nakhchivanZone = try PreparedGeometry(Geometry.polygon(nakhchivan).buffer(degrees: 1e-5))

        var mainland: [LineString] = []
        var nakhchivanLines: [LineString] = []
        var exclaveLines: [Int: [LineString]] = [:]
        for line in shared.lineStrings {
            if line.isClosed {
                let centre = Envelope(covering: line.coordinates)!
                let mid = Coordinate(uncheckedCentreOf: centre)
                let nearest = Self.exclaves.indices.min {
                    Geodesic.distance(mid, Self.exclaves[$0].point) < Geodesic.distance(mid, Self.exclaves[$1].point)
                }!
                exclaveLines[nearest, default: []].append(line)
            } else if try nakhchivanZone.intersects(.lineString(line)) {
                nakhchivanLines.append(line)
            } else {
                mainland.append(line)
            }
        }
        var segments = [
            BorderSegment(id: "mainland", name: "Armenia–Azerbaijan border, mainland",
                          geometry: .multiLineString(MultiLineString(mainland)), source: Self.dcwSource,
                          scale: Self.dcwScale, toleranceMetres: Self.dcwToleranceMetres),
            BorderSegment(id: "nakhchivan", name: "Armenia–Azerbaijan border, Nakhchivan",
                          geometry: .multiLineString(MultiLineString(nakhchivanLines)), source: Self.dcwSource,
                          scale: Self.dcwScale, toleranceMetres: Self.dcwToleranceMetres),
        ]
        for (i, exclave) in Self.exclaves.enumerated() {
            guard let lines = exclaveLines[i] else { continue }
            segments.append(BorderSegment(id: "exclave-\(exclave.slug)", name: exclave.name,
                                          geometry: .multiLineString(MultiLineString(lines)),
                                          source: Self.naturalEarthSource, scale: Self.naturalEarthScale,
                                          toleranceMetres: Self.naturalEarthToleranceMetres))
        }
        return segments
    }
}

extension Coordinate {
    init(uncheckedCentreOf box: Envelope) {
        self = try! Coordinate(longitude: (box.minLongitude + box.maxLongitude) / 2,
                               latitude: (box.minLatitude + box.maxLatitude) / 2)
    }
}
