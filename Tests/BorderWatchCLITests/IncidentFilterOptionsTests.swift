import BorderEventStore
import BorderIncidents
import BorderQueries
import Testing

@testable import BorderWatchCLI

/// What the filter options tell before any name is resolved.
struct IncidentFilterOptionsTests {
    static let onlyDateTypeParty: [[String]] = [
        [], ["--from", "2021-01-01", "--to", "2021-12-31"], ["--type", "shelling", "--actor", "AZE"],
    ]
    static let others: [[String]] = [
        ["--near", "Sotk", "--radius-km", "5"], ["--lat", "40.2", "--lon", "45.9", "--radius-km", "3"],
        ["--bbox", "45,39,46,40"], ["--province", "Syunik"], ["--side", "ARM"], ["--segment", "mainland"],
        ["--border-min-km", "1"], ["--border-max-km", "2", "--from", "2022-09-13"], ["--min-killed", "1"],
        ["--within", #"{"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,39]]]}"#],
    ]

    /// `givesOnlyDateTypeParty` (read from the options alone) says what the query made from them says.
    @Test(arguments: onlyDateTypeParty.map { ($0, true) } + others.map { ($0, false) })
    func optionsTellWhatTheQueryFilters(_ arguments: [String], _ onlyDateTypeParty: Bool) throws {
        let options = try IncidentFilterOptions.parse(arguments)
        let query = try options.incidentQuery(places: try BundledData.related())
        #expect(options.givesOnlyDateTypeParty == query.filtersOnlyDateTypeParty, "\(arguments)")
        #expect(options.givesOnlyDateTypeParty == onlyDateTypeParty, "\(arguments)")
    }

    /// A query made before the packs are loaded selects what the query made after selects (so a read started
    /// early is used), its place at the gazetteer rows' position; with a province or a place and a point, none.
    @Test func theQueryBeforeThePacksSelectsAsTheQueryAfter() throws {
        let related = try BundledData.related()
        for arguments in [
            ["--near", "Sotk", "--radius-km", "5"],
            ["--near", "yeraskh", "--radius-km", "2", "--from", "2021-01-01"],
            ["--bbox", "45,39,46,40", "--type", "shelling"], ["--lat", "40.2", "--lon", "45.9", "--radius-km", "3"],
        ] {
            let options = try IncidentFilterOptions.parse(arguments)
            let early = try #require(options.queryBeforePacks(placing: BundledData.guessedPosition), "\(arguments)")
            let after = try options.incidentQuery(places: related)
            let selection = try StoreSelection(after, geodata: related.geodata, gazetteer: related.relater.gazetteer)
            #expect(StoreSelection(unresolved: early) == selection, "\(arguments)")
        }
        for arguments in [
            ["--province", "Syunik"], ["--near", "Sotk", "--lat", "40", "--lon", "45", "--radius-km", "1"],
        ] {
            #expect(
                try IncidentFilterOptions.parse(arguments).queryBeforePacks(placing: BundledData.guessedPosition) == nil
            )
        }
    }

    /// A name two rows give different positions is not guessed; one written in another case is.
    @Test func onlyANameOfOnePositionIsGuessed() throws {
        var positions: [String: Set<String>] = [:]
        for row in TheatreGazetteer.bundled.flatMap(\.rows) {
            for name in [row.name] + row.otherNames {
                positions[name.lowercased(), default: []].insert("\(row.coordinate)")
            }
        }
        let shared = try #require(positions.first { $0.value.count > 1 }?.key)
        #expect(BundledData.guessedPosition(of: shared) == nil, "\(shared)")
        let sotk = try BundledData.related().relater.gazetteer.resolve("Sotk").target.coordinate
        #expect(BundledData.guessedPosition(of: "SOTK") == sotk)
    }
}
