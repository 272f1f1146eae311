import GeometryCore

/// A second-level administrative unit: a raion or district-level town of
/// Kyrgyzstan, a district of Tajikistan. A pack's `districts.geojson` is
/// optional; a province of a pack without one has no districts.
public struct District: Sendable, Hashable {
    /// The HASC code, or a stable id where two units share one.
    public var id: String
    /// English name, such as "Isfara".
    public var name: String
    /// The name that tells it from every other district of its country
    /// ("Naryn (shaar)" beside the raion "Naryn"); what counts are listed under.
    public var label: String
    /// Name in the country's language, such as "Исфара".
    public var localName: String
    /// ISO 3166-1 alpha-3 of the country.
    public var country: String
    /// The id of the province it lies in (most of its area).
    public var province: String
    /// "raion", "shaar", "district"…
    public var kind: String
    public var geometry: Geometry

    public init(
        id: String, name: String, label: String, localName: String, country: String, province: String, kind: String,
        geometry: Geometry
    ) {
        self.id = id
        self.name = name
        self.label = label
        self.localName = localName
        self.country = country
        self.province = province
        self.kind = kind
        self.geometry = geometry
    }

    init(_ feature: Feature, index: Int) throws(GeodataError) {
        let p = FeatureProperties(feature, layer: "districts", index: index)
        self.init(
            id: try p.string("id"), name: try p.string("name"), label: try p.string("label"),
            localName: try p.string("local_name"), country: try p.string("country"),
            province: try p.string("province"), kind: try p.string("kind"), geometry: try p.geometry())
    }
}

/// The districts of the loaded packs, indexed: which one holds a point.
struct DistrictLookup: Sendable {
    let districts: [District]
    private let shapes: [PreparedGeometry]
    private let index: SpatialIndex
    private let byID: [String: Int]

    /// How far outside every district of its country a point may lie and still
    /// take the nearest: the districts' edges (OCHA's, through Who's On First)
    /// and the line's (OpenStreetMap's) are drawn from different sources.
    static let edgeMetres = 5_000.0

    init(_ districts: [District]) throws(GeometryError) {
        self.districts = districts
        shapes = try districts.map { d throws(GeometryError) in try PreparedGeometry(d.geometry) }
        index = try SpatialIndex(districts.map(\.geometry))
        byID = Dictionary(districts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func district(id: String) -> District? { byID[id].map { districts[$0] } }

    /// The district of `country` that covers the point; else the nearest of
    /// that country within about `edgeMetres` (planar distance in degrees
    /// among those whose boxes reach that far); nil when there is none.
    func district(at c: Coordinate, country: String) -> District? {
        guard !districts.isEmpty else { return nil }
        let near = index.query(Envelope.around(c, metres: Self.edgeMetres)).filter { districts[$0].country == country }
        if let i = near.first(where: { (try? shapes[$0].coversPoint(c)) == true }) { return districts[i] }
        let point = Geometry.point(Point(c))
        var nearest: (index: Int, distance: Double)?
        for i in near {
            guard let d = try? shapes[i].planarDistance(to: point) else { continue }
            if nearest == nil || d < nearest!.distance { nearest = (i, d) }
        }
        return nearest.map { districts[$0.index] }
    }
}
