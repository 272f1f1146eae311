import BorderEventStore
import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import BorderStats
import BorderStore
import Foundation
import GeometryCore
import Testing

/// Stats counted from the facts a GeoPackage store reads for a query equal
/// the stats of the same incidents related afresh in memory: every cell,
/// incident id, casualty figure, source and placement along the line; and
/// counted as the store streams them, the same table.
@Suite struct StoredFactsStatsTests {
    /// The bundled catalog and synthetic ACLED rows (with fatalities claimed) in one store, and the store's
    /// incidents related afresh in memory; made once, awaited by every test.
    static let made = Task { () throws -> (store: GeoPackageStore, related: RelatedCatalog) in
        let store = try await Shared.bundledStore(named: "facts")
        _ = try await Shared.importing(try Shared.read("acled", "acled-sample.csv"), into: store)
        let rows = try ACLEDFormat.read(
            Data(SyntheticACLED.csv(rows: 300, seed: 5).utf8), file: "syn.csv", sides: Shared.sides)
        _ = try await Shared.importing(rows, into: store)
        let catalog = try await store.catalog()
        let fresh = try BulkRelater(relater: Shared.relater).relations(for: catalog.incidents)
        return (store, try RelatedCatalog(catalog: catalog, relater: Shared.relater, relations: fresh))
    }

    static let chainage = try! LineChainage(Shared.geodata.border)

    static func query(_ set: (inout IncidentQuery) throws -> Void) rethrows -> IncidentQuery {
        var q = IncidentQuery()
        try set(&q)
        return q
    }

    static let queries: [(String, IncidentQuery)] = [
        ("everything", IncidentQuery()),
        (
            "2021",
            query {
                $0.from = Day(year: 2021, month: 1, day: 1); $0.to = Day(year: 2021, month: 12, day: 31)
            }
        ),
        ("box", try! query { $0.spatial.box = try BoundingBoxText.parse("45.0,39.0,46.5,40.5") }),
        (
            "2021 in the box",
            try! query {
                $0.from = Day(year: 2021, month: 1, day: 1)
                $0.to = Day(year: 2021, month: 12, day: 31)
                $0.spatial.box = try BoundingBoxText.parse("45.0,39.0,46.5,40.5")
            }
        ),
        ("Tavush", query { $0.spatial.province = "Tavush" }),
        ("side ARM", query { $0.side = "ARM" }),
        ("armed clashes", query { $0.types = [.armedClash] }),
        ("AZE taking part", query { $0.actor = "AZE" }),
        (
            "30 km of Sotk",
            try! query {
                $0.spatial.center = try Coordinate(longitude: 45.87, latitude: 40.2)
                $0.spatial.radiusMetres = 30_000
            }
        ),
        ("within 5 km of the line", query { $0.spatial.borderMaxMetres = 5_000 }),
        (
            "5–40 km of nakhchivan",
            query {
                $0.borderSegment = "nakhchivan"; $0.spatial.borderMinMetres = 5_000; $0.spatial.borderMaxMetres = 40_000
            }
        ),
        ("at least one killed", query { $0.minKilled = 1 }),
    ]

    static let keySets: [[StatsKey]] = [
        [.month, .province], [.type], [.side], [.claimant], [.segment], [.week], [.theatre], [.year, .side],
    ]

    @Test(arguments: queries.indices)
    func factsCountAsTheRelatedCatalogDoes(_ k: Int) async throws {
        let (name, q) = Self.queries[k]
        let (store, related) = try await Self.made.value
        let hits = try q.run(on: related)
        let read = try await StoreCatalog.matchedFacts(
            for: q, from: store, geodata: Shared.geodata, gazetteer: Shared.relater.gazetteer)
        #expect(read.facts.map(\.id) == hits.map(\.relation.incident.id), "\(name)")
        #expect(read.sourceCount == related.catalog.sources.count)
        if name == "everything" { #expect(hits.count > 300) } else { #expect(!hits.isEmpty, "\(name) matches some") }
        for keys in Self.keySets {
            let memory = try StatsReport(hits, by: keys, related: related, chainage: Self.chainage)
            let stored = try StatsReport(
                counting: read.facts, by: keys, geodata: Shared.geodata, sources: read.sources,
                reportCount: read.sourceCount, chainage: Self.chainage)
            #expect(stored.csv == memory.csv, "\(name) by \(keys)")
            #expect(stored.json == memory.json, "\(name) by \(keys)")
            #expect(stored.table == memory.table, "\(name) by \(keys)")
            // Counted as the store streams the facts, in its own order, the table is the same.
            let tally = StatsTally(by: keys, geodata: Shared.geodata, chainage: Self.chainage)
            let matched = try await StoreCatalog.forEachMatchedFact(
                for: q, from: store, geodata: Shared.geodata, gazetteer: Shared.relater.gazetteer
            ) { try tally.add($0) }
            let streamed = StatsReport(tallied: tally, sources: [], reportCount: read.sourceCount)
            #expect(matched == hits.count, "\(name)")
            #expect(streamed.table == memory.table, "\(name) by \(keys)")
            #expect(streamed.stats.cells.allSatisfy { $0.incidentIDs.isEmpty && $0.sources.isEmpty })
        }
    }

    /// The store's counted incidents, kept by each import, count as the related catalog does, every
    /// incident and those a filter by date, type or party matches.
    @Test(arguments: queries.indices.filter { queries[$0].1.filtersOnlyDateTypeParty })
    func countedIncidentsCountAsTheRelatedCatalogDoes(_ k: Int) async throws {
        let (name, q) = Self.queries[k]
        let (store, related) = try await Self.made.value
        let all = try #require(try await StoreCatalog.countedIncidents(from: store, geodata: Shared.geodata))
        #expect(all.count == related.catalog.incidents.count)
        #expect(all.sourceCount == related.catalog.sources.count && all.matching(q).sourceCount == all.sourceCount)
        let hits = try q.run(on: related)
        let counted = all.matching(q)
        #expect(counted.count == hits.count && (name == "everything" || counted.count < all.count), "\(name)")
        for keys in Self.keySets {
            let memory = try StatsReport(hits, by: keys, related: related, chainage: Self.chainage)
            let tally = StatsTally(by: keys, geodata: Shared.geodata, chainage: Self.chainage)
            try tally.add(counted)
            let report = StatsReport(tallied: tally, sources: [], reportCount: related.catalog.sources.count)
            #expect(report.table == memory.table, "\(name) by \(keys)")
        }
    }

    /// Without a chainage the line is left empty and the CSV, which does not show it, is the same.
    @Test func theCSVNeedsNoLine() async throws {
        let related = try await Self.made.value.related
        let hits = try IncidentQuery().run(on: related)
        let with = try StatsReport(hits, by: [.month, .province], related: related, chainage: Self.chainage)
        let without = try StatsReport(hits, by: [.month, .province], related: related, chainage: nil)
        #expect(without.line.placements.isEmpty && !with.line.placements.isEmpty)
        #expect(without.csv == with.csv)
    }
}
