import ArgumentParser
import BorderStats

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
        help: "Count by (repeatable): \(StatsKey.helpList); default month.")
    var keys: [String] = []

    @OptionGroup var selection: StatsOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(
        help:
            "With --format svg, the chart: \(StatsChart.allCases.map(\.rawValue).joined(separator: ", ")) (default from the first --by key)."
    )
    var chart: String?

    @Option(help: "Write to this file instead of standard output (written whole, or not at all).")
    var out: String?

    func run() throws {
        let byKeys = try keys.map { k in
            do { return try StatsKey.named(k) } catch {
                throw CLIError.badInput("--by \(error)")
            }
        }
        let chosenChart = try chart.map { c in
            guard let chart = StatsChart(rawValue: c) else {
                throw CLIError.badInput(
                    "--chart '\(c)': expected one of \(StatsChart.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return chart
        }
        if chosenChart != nil, format != .svg { throw CLIError.badInput("--chart needs --format svg") }
        let report = try selection.report(
            by: byKeys.isEmpty ? [.month] : byKeys, line: format != .csv,
            citing: [.csv, .json, .html].contains(format),
            listing: format != .table)
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
