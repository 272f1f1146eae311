import ArgumentParser
import BorderEventStore
import BorderGeodata
import BorderQueries
import BorderStats

/// What `stats` and `report summary` count: the incidents `query incidents`'
/// filters select in the store, and which side of the line is positive.
struct StatsOptions: ParsableArguments {
    @OptionGroup var filters: IncidentFilterOptions

    @Option(
        help:
            "The country whose side of the line counts as positive depth (ISO3; default: each theatre's positive_side)."
    )
    var positiveSide: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The stats of the selected incidents by `keys`; without `line`, the
    /// profile along the line is left empty (a CSV table does not show it);
    /// without `citing`, a store's cited reports are not read (the output names none);
    /// without `listing`, only the figures are kept (see `StatsReport`).
    /// A GeoPackage store related with the loaded geodata is counted from
    /// the facts it reads for the selection; any other store, or none, is
    /// read as a related catalog. Both give the same report.
    func report(by keys: [StatsKey], line: Bool = true, citing: Bool = true, listing: Bool = true) throws
        -> StatsReport
    {
        if !listing, let counted = try tallied(by: keys, line: line) { return counted }
        if let read = try storeOptions.matchedFacts(filters, citing: citing) {
            guard !read.facts.isEmpty else { throw CLIError.nothingFound("no incident matches") }
            let geodata = read.geodata
            return try StatsReport(
                counting: read.facts, by: keys, geodata: geodata, sources: read.sources, reportCount: read.sourceCount,
                chainage: line ? LineChainage(geodata.border) : nil, positiveSide: positiveSide?.uppercased(),
                scope: StatsReport.scope(of: read.query), listing: listing)
        }
        let found = try filters.matches(in: storeOptions)
        return try StatsReport(
            found.hits, by: keys, related: found.related,
            chainage: line ? LineChainage(found.related.geodata.border) : nil,
            positiveSide: positiveSide?.uppercased(), scope: StatsReport.scope(of: found.query))
    }

    /// The report counted as a store streams the facts (a table's: figures
    /// only); nil when the store's facts cannot answer (see `matchedFacts`).
    private func tallied(by keys: [StatsKey], line: Bool) throws -> StatsReport? {
        let positive = positiveSide?.uppercased()
        let read = try storeOptions.tallied(filters) { geodata in
            StatsTally(
                by: keys, geodata: geodata, chainage: line ? try LineChainage(geodata.border) : nil,
                positiveSide: positive)
        }
        guard let read else { return nil }
        guard read.matched > 0 else { throw CLIError.nothingFound("no incident matches") }
        return StatsReport(
            tallied: read.tally, sources: [], reportCount: read.sourceCount, scope: StatsReport.scope(of: read.query))
    }
}
