import ArgumentParser
import BorderIncidents
import BorderQueries
import BorderStats
import Foundation
import GeometryCore

/// `borderwatch stats`: incidents counted by time, place, type, side or
/// claimant, with casualty figures per claimant, the profile along the line
/// and charts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count incidents by month, week, year, province, segment, type, side or claimant, and chart them.",
        discussion: """
            Several --by keys make a cross table. The counting rules are printed with every result:
            \(IncidentStats.rules.map { "  - " + $0 }.joined(separator: "\n"))
            Takes the filters of `query incidents`. Examples:
              borderwatch stats --by month --by province
              borderwatch stats --by month --from 2021-01-01 --to 2021-12-31 --format svg --out 2021.svg
              borderwatch stats --by segment --format svg --chart strip --out strip.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, svg, html }

    @Option(
        name: .customLong("by"),
        help: "Count by (repeatable): \(StatsKey.allCases.map(\.rawValue).joined(separator: ", ")); default month.")
    var keys: [String] = []

    @OptionGroup var filters: IncidentFilterOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(
        help:
            "With --format svg, the chart: \(StatsChart.allCases.map(\.rawValue).joined(separator: ", ")) (default from the first --by key)."
    )
    var chart: String?

    @Option(help: "The country whose side of the line counts as positive depth (ISO3).")
    var positiveSide: String = "ARM"

    @Option(help: "Write to this file instead of standard output (written whole, or not at all).")
    var out: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let byKeys = try keys.map { k in
            guard let key = StatsKey(rawValue: k.lowercased()) else {
                throw CLIError.badInput(
                    "--by '\(k)': expected one of \(StatsKey.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return key
        }
        let chosenChart = try chart.map { c in
            guard let chart = StatsChart(rawValue: c) else {
                throw CLIError.badInput(
                    "--chart '\(c)': expected one of \(StatsChart.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return chart
        }
        if chosenChart != nil, format != .svg { throw CLIError.badInput("--chart needs --format svg") }
        let places = storeOptions.isPostgres ? try BundledData.related() : try storeOptions.related()
        let q = try filters.incidentQuery(places: places)
        let related = storeOptions.isPostgres ? try storeOptions.related(for: q) : places
        let hits: [IncidentQuery.Hit]
        do { hits = try q.run(on: related) } catch let e as QueryError { throw CLIError.badInput(e.description) }
        guard !hits.isEmpty else { throw CLIError.nothingFound("no incident matches") }
        let report = try StatsReport(
            hits, by: byKeys.isEmpty ? [.month] : byKeys, related: related,
            chainage: LineChainage(related.geodata.border), positiveSide: positiveSide.uppercased(),
            scope: StatsReport.scope(of: q))
        let text =
            switch format {
            case .table: report.table
            case .csv: report.csv
            case .json: report.json
            case .svg: report.svg(chosenChart)
            case .html: report.html
            }
        try OutputOptions.write(text, to: out)
    }
}
