import BorderGeodata
import BorderIncidents
import GeometryCore

/// The catalog with every incident related once, and its located places
/// indexed for spatial queries.
public final class RelatedCatalog: Sendable {
    public let catalog: Catalog
    public let relater: Relater
    public let relations: [IncidentRelation]
    /// Every located place: which incident, which of its locations.
    let entries: [(incident: Int, location: Int)]
    private let index: SpatialIndex

    public var geodata: Geodata { relater.geodata }

    public convenience init(catalog: Catalog, relater: Relater) throws {
        try self.init(catalog: catalog, relater: relater, relations: catalog.incidents.map { try relater.relate($0) })
    }

    /// With the relations already made by `relater` (on all cores by
    /// `BulkRelater.relations(for:)`), one per incident in catalog order.
    public init(catalog: Catalog, relater: Relater, relations: [IncidentRelation]) throws {
        precondition(relations.count == catalog.incidents.count, "one relation per incident")
        self.catalog = catalog
        self.relater = relater
        self.relations = relations
        var entries: [(Int, Int)] = []
        var points: [Geometry] = []
        for (i, r) in relations.enumerated() {
            for (j, l) in r.locations.enumerated() {
                entries.append((i, j))
                points.append(.point(Point(l.coordinate)))
            }
        }
        self.entries = entries
        index = try SpatialIndex(points)
    }

    /// Loads the bundled geodata and catalog.
    public static func loadBundled() throws -> RelatedCatalog {
        guard let dir = Geodata.bundledDirectory() else { throw GeodataError.missingLayer("geodata/") }
        // The theatres' gazetteers and the catalog are read while the layers parse.
        let (geodata, catalog) = try concurrently(
            { try Geodata(directory: dir) },
            {
                _ = (TheatreGazetteer.bundled, GazetteerAdditions.bundled)
                return try CatalogReader.readBundled(in: dir)
            })
        return try RelatedCatalog(catalog: catalog, relater: Relater(geodata: geodata))
    }

    public func relation(id: String) -> IncidentRelation? { relations.first { $0.incident.id == id } }

    /// Located places within `metres` of a point: (incident index, location index, distance), nearest first.
    func locations(within metres: Double, of c: Coordinate) -> [(incident: Int, location: Int, distance: Double)] {
        var found: [(Int, Int, Double)] = []
        for k in index.query(Envelope.around(c, metres: metres)) {
            let (i, j) = entries[k]
            let d = Geodesic.distance(c, relations[i].locations[j].coordinate)
            if d <= metres { found.append((i, j, d)) }
        }
        return found.sorted { $0.2 < $1.2 }
    }

    /// Other incidents with a located place within `metres` of any place of `relation`.
    public func neighbours(of relation: IncidentRelation, within metres: Double) -> [(IncidentRelation, Double)] {
        var best: [Int: Double] = [:]
        for l in relation.locations {
            for hit in locations(within: metres, of: l.coordinate)
            where relations[hit.incident].incident.id != relation.incident.id {
                best[hit.incident] = min(best[hit.incident] ?? .infinity, hit.distance)
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { (relations[$0.key], $0.value) }
    }

    /// Incidents with a located place within `metres` of a point, nearest first.
    public func incidents(within metres: Double, of c: Coordinate) -> [(IncidentRelation, Double)] {
        var best: [Int: Double] = [:]
        for hit in locations(within: metres, of: c) {
            best[hit.incident] = min(best[hit.incident] ?? .infinity, hit.distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { (relations[$0.key], $0.value) }
    }
}
