import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderStats
import Foundation

enum Shared {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let related: RelatedCatalog = {
        let dir = repository.appendingPathComponent("geodata")
        do {
            return try RelatedCatalog(
                catalog: try CatalogReader.readBundled(in: dir), relater: Relater(geodata: try Geodata(directory: dir)))
        } catch { fatalError("\(error)") }
    }()

    static let chainage: LineChainage = {
        do { return try LineChainage(related.geodata.border) } catch { fatalError("\(error)") }
    }()

    /// Every incident of the bundled catalog, as the query without filters gives them.
    static let everything: [IncidentQuery.Hit] = try! IncidentQuery().run(on: related)

    static func report(_ keys: [StatsKey], _ hits: [IncidentQuery.Hit] = everything) throws -> StatsReport {
        try StatsReport(hits, by: keys, related: related, chainage: chainage)
    }
}
