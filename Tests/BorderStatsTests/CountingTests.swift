import BorderIncidents
import BorderQueries
import Testing

@testable import BorderStats

@Suite struct CountingTests {
    @Test func eachMonthCountsTheIncidentsThatStartInIt() throws {
        let stats = try Shared.report([.month]).stats
        let unit = TimeUnit.month
        var checkedWithoutStraddlers = 0
        for cell in stats.cells {
            let first = Day(iso: cell.values[0] + "-01")!
            let last = unit.next(after: first).adding(days: -1)
            var q = IncidentQuery()
            q.from = first
            q.to = last
            let hits = try q.run(on: Shared.related)
            let starting = hits.filter { $0.relation.incident.date.start >= first }
            #expect(cell.count == starting.count, "\(cell.values[0])")
            #expect(Set(cell.incidentIDs) == Set(starting.map(\.relation.incident.id)), "\(cell.values[0])")
            // The others straddle into the month from an earlier one: counted there, by their start.
            for h in hits where h.relation.incident.date.start < first {
                #expect(h.relation.incident.date.end >= first)
            }
            let straddles = hits.contains { h in
                h.relation.incident.date.start < first || h.relation.incident.date.end > last
            }
            if !straddles {
                #expect(cell.count == hits.count, "\(cell.values[0]): query incidents --from \(first) --to \(last)")
                checkedWithoutStraddlers += 1
            }
        }
        #expect(checkedWithoutStraddlers >= 3)
        // Every month between the first and last is listed, in order, and the total counts each incident once.
        #expect(stats.cells.map(\.values[0]) == stats.cells.map(\.values[0]).sorted())
        #expect(stats.cells.reduce(0) { $0 + $1.count } == Shared.related.relations.count)
        #expect(stats.total == Shared.related.relations.count)
    }

    @Test func severalKeysMakeACrossTableCountingEachValue() throws {
        for keys: [StatsKey] in [
            [.month, .province], [.year, .side], [.type, .segment], [.claimant], [.week, .type], [.theatre, .year],
            [.district, .year],
        ] {
            let stats = try Shared.report(keys).stats
            #expect(stats.total == Shared.related.relations.count)
            // Each cell holds exactly the incidents having its value for each key, worked out here from the relations.
            var expected: [[String]: Set<String>] = [:]
            for r in Shared.related.relations {
                let perKey: [[String]] = keys.map { key in
                    let values: [String]
                    switch key {
                    case .month, .week, .year: values = [key.timeUnit!.label(of: r.incident.date.start)]
                    case .province: values = r.locations.compactMap { $0.province?.name }
                    case .district: values = r.locations.compactMap { $0.district?.label }
                    case .segment: values = r.locations.map(\.nearestSegment)
                    case .side: values = r.locations.map(\.side)
                    case .type: values = [r.incident.type.rawValue]
                    case .claimant: values = r.incident.claims.map(\.claimant)
                    case .theatre:
                        // No located place: the one pack whose manifest lists every side named besides "third".
                        let named = Set(r.incident.sides).subtracting(["third"])
                        let packs = Shared.related.geodata.theatres.filter {
                            !named.isEmpty && named.isSubset(of: Set($0.sides.map(\.code)))
                        }
                        values =
                            r.locations.isEmpty
                            ? (packs.count == 1 ? [packs[0].id] : []) : r.locations.compactMap(\.theatre)
                    }
                    return values.isEmpty ? [key.noValue] : Array(Set(values))
                }
                for combination in IncidentStats.combinations(perKey) {
                    expected[combination, default: []].insert(r.incident.id)
                }
            }
            let counted = stats.cells.filter { $0.count > 0 }
            #expect(counted.count == expected.count, "\(keys)")
            for cell in counted {
                #expect(Set(cell.incidentIDs) == expected[cell.values], "\(keys) \(cell.values)")
                #expect(cell.count == cell.incidentIDs.count)
            }
        }
        // The catalog has incidents with places in two provinces or claims by several claimants: they count under each.
        let byClaimant = try Shared.report([.claimant]).stats
        #expect(byClaimant.cells.reduce(0) { $0 + $1.count } > byClaimant.total)
    }

    @Test func datesCoarserThanTheBinAreCountedAsImprecise() throws {
        let byWeek = try Shared.report([.week]).stats
        let byMonth = try Shared.report([.month]).stats
        let byYear = try Shared.report([.year]).stats
        let monthPrecise = Shared.related.relations.filter { $0.incident.date.precision == .month }
        let dayPrecise = Shared.related.relations.filter { $0.incident.date.precision == .day }
        #expect(!monthPrecise.isEmpty && !dayPrecise.isEmpty)
        func imprecise(_ stats: IncidentStats) -> Set<String> {
            Set(stats.cells.flatMap { cell in cell.incidentIDs.filter { id in isImprecise(id, stats) } })
        }
        func isImprecise(_ id: String, _ stats: IncidentStats) -> Bool {
            let date = Shared.related.relation(id: id)!.incident.date
            return DateCoarseness.isImprecise(date, in: stats.keys[0].timeUnit!)
        }
        for r in monthPrecise {
            #expect(DateCoarseness.isImprecise(r.incident.date, in: .week))
            #expect(!DateCoarseness.isImprecise(r.incident.date, in: .month))
        }
        for r in dayPrecise { #expect(!DateCoarseness.isImprecise(r.incident.date, in: .week)) }
        // The column sums to the incidents the rule picks, and a year holds every date shorter than a year.
        #expect(byWeek.totalImprecise == imprecise(byWeek).count && byWeek.totalImprecise >= monthPrecise.count)
        #expect(byMonth.cells.reduce(0) { $0 + $1.imprecise } == byMonth.totalImprecise)
        #expect(byMonth.totalImprecise < byWeek.totalImprecise)
        #expect(byYear.totalImprecise == 0)
    }

    @Test func isoWeeksAndMonthsAreLabelledAsTheCalendarHasThem() {
        // 2021-01-01 was a Friday, in ISO week 53 of 2020; 2021-01-04 a Monday, week 1 of 2021.
        #expect(TimeUnit.week.label(of: Day(year: 2021, month: 1, day: 1)!) == "2020-W53")
        #expect(TimeUnit.week.label(of: Day(year: 2021, month: 1, day: 4)!) == "2021-W01")
        #expect(TimeUnit.week.label(of: Day(year: 2021, month: 7, day: 28)!) == "2021-W30")
        #expect(
            TimeUnit.month.bins(from: Day(year: 2020, month: 11, day: 30)!, through: Day(year: 2021, month: 2, day: 1)!)
                .map(\.label) == ["2020-11", "2020-12", "2021-01", "2021-02"])
    }
}
