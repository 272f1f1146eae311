import BorderIncidents
import BorderQueries
import Testing

@testable import BorderStats

/// Counting incidents as a store keeps them for counting (`CountedIncidents`,
/// counted group by group) gives the table counting each incident's facts gives.
@Suite struct CountedTallyTests {
    /// The facts of the bundled catalog's incidents as a store would keep them: each distinct part once.
    static func counted(_ facts: [IncidentFacts]) throws -> CountedIncidents {
        var ids: [String: Int] = [:]
        var parts: [(id: Int, part: CountedIncident.Part, signature: String)] = []
        var rows: [Int32] = []
        for f in facts {
            let c = CountedIncident(f)
            for p in CountedIncident.Part.allCases {
                let key = "\(p.rawValue) \(c.signature(of: p))"
                let id = ids[key] ?? parts.count + 1
                if ids[key] == nil { parts.append((id, p, c.signature(of: p))) }
                ids[key] = id
                rows.append(Int32(id))
            }
        }
        var counted = try #require(CountedIncidents(parts: parts, rows: rows))
        let names = Dictionary(
            Shared.related.geodata.provinces.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        #expect(counted.nameUnits(UnitNames(provinces: names)) == nil)
        return counted
    }

    static let facts = Shared.everything.map { IncidentFacts($0.relation, places: $0.locations) }

    static let keySets: [[StatsKey]] = [
        [.month, .province], [.type], [.side], [.claimant], [.segment], [.week], [.theatre], [.year, .side],
        [.month, .type, .claimant],
    ]

    @Test(arguments: keySets)
    func countedIncidentsGiveTheTableTheirFactsGive(_ keys: [StatsKey]) throws {
        let geodata = Shared.related.geodata
        let one = StatsTally(by: keys, geodata: geodata, chainage: Shared.chainage)
        for f in Self.facts { try one.add(f) }
        let grouped = StatsTally(by: keys, geodata: geodata, chainage: Shared.chainage)
        let counted = try Self.counted(Self.facts)
        #expect(counted.count == Self.facts.count && Self.facts.count > 10)
        try grouped.add(counted)
        let a = StatsReport(tallied: one, sources: [], reportCount: 0)
        let b = StatsReport(tallied: grouped, sources: [], reportCount: 0)
        #expect(b.table == a.table)
        #expect(b.stats.total == Self.facts.count && b.stats.span! == a.stats.span!)
        #expect(b.line.segments.map(\.perStretch) == a.line.segments.map(\.perStretch))
        #expect(b.line.depthBySide == a.line.depthBySide)
    }

    /// Incidents alike for every key and figure are counted once for all of them.
    @Test func incidentsAlikeForTheKeysAreCountedAsOneGroup() throws {
        let repeated = Array(repeating: Self.facts[0], count: 50) + Self.facts
        let counted = try Self.counted(repeated)
        let groups = CountedGroups(counted, keys: [.month, .province], theatres: TheatreOfSides([]))
        #expect(groups.groups.count <= Self.facts.count)
        #expect(groups.groups.map(\.count).reduce(0, +) == repeated.count)
        #expect(groups.groups.map(\.count).max()! >= 51)
    }

    @Test func aRowNamingAMissingPartIsNotRead() {
        #expect(CountedIncidents(parts: [], rows: [1, 2, 3]) == nil)
        let day = "s2021-01-01\u{1F}s2021-01-01\u{1F}sday"
        #expect(CountedIncidents(parts: [(1, .date, day)], rows: [1, 1, 1]) == nil, "a date is no places or what")
    }
}
