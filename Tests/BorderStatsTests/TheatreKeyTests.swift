import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderStats
import Foundation
import Testing

/// `--by theatre` over both packs: a catalog incident with no place (a
/// ceasefire) counts under its own pack, not under "(not located)".
@Suite struct TheatreKeyTests {
    static let related: RelatedCatalog = {
        let dir = Shared.repository.appendingPathComponent("geodata")
        do {
            return try RelatedCatalog(
                catalog: try CatalogReader.readBundled(in: dir), relater: Relater(geodata: try Geodata(directory: dir)))
        } catch { fatalError("\(error)") }
    }()

    func count(_ stats: IncidentStats, _ value: String) -> Int {
        stats.cells.first { $0.values == [value] }?.count ?? 0
    }

    @Test func unlocatedCatalogIncidentsCountUnderTheirPack() throws {
        let hits = try IncidentQuery().run(on: Self.related)
        let report = try StatsReport(
            hits, by: [.theatre], related: Self.related, chainage: try LineChainage(Self.related.geodata.border))
        let unlocated = hits.filter { $0.relation.locations.isEmpty }
        #expect(!unlocated.isEmpty, "the catalogs have incidents without places (ceasefires)")
        // Only an unlocated incident naming no side but "third" (a call for restraint) has no pack.
        func sided(_ incident: Incident) -> Bool { !Set(incident.sides).subtracting(["third"]).isEmpty }
        let thirdOnly = unlocated.filter { !sided($0.relation.incident) }
        #expect(count(report.stats, "(not located)") == thirdOnly.count)
        for pack in ["am-az", "kg-tj"] {
            let catalog = try CatalogReader.readBundled(
                in: Shared.repository.appendingPathComponent("geodata"), theatres: [pack])
            let counted = catalog.incidents.filter { !$0.locations.isEmpty || sided($0) }
            #expect(count(report.stats, pack) == counted.count, "\(pack)")
        }
        // Without the packs' sides the same incidents are not located.
        #expect(count(IncidentStats(hits, by: [.theatre]), "(not located)") == unlocated.count)
    }

    @Test func sidesNamedByNoPackOrBothGiveNoTheatre() throws {
        let theatres = TheatreOfSides(Self.related.geodata.theatres)
        var incident = try #require(Self.related.catalog.incidents.first { $0.locations.isEmpty })
        incident.sides = ["ARM", "KGZ"]
        #expect(theatres.theatre(of: incident) == nil)
        incident.sides = ["third"]
        #expect(theatres.theatre(of: incident) == nil)
        incident.sides = ["KGZ", "third"]
        #expect(theatres.theatre(of: incident) == "kg-tj")
    }
}
