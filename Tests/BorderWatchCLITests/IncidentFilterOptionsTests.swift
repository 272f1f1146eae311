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
}
