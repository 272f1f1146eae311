import ArgumentParser
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

    /// The stats of the selected incidents by `keys`.
    func report(by keys: [StatsKey]) throws -> StatsReport {
        let found = try filters.matches(in: storeOptions)
        return try StatsReport(
            found.hits, by: keys, related: found.related, chainage: LineChainage(found.related.geodata.border),
            positiveSide: positiveSide?.uppercased(), scope: StatsReport.scope(of: found.query))
    }
}
