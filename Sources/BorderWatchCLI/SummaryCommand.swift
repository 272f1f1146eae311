import ArgumentParser
import BorderStats
import Foundation
import GeometryCore

/// `borderwatch report summary`: headline figures and charts for a date range.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Headline figures and charts of the incidents in a date range (Markdown or HTML).",
        discussion: """
            Takes the filters of `query incidents`. Markdown written with --out gets its charts as SVG files
            beside it (NAME-timeline.svg, NAME-provinces.svg, NAME-strip.svg); HTML holds them inline.
              borderwatch report summary --from 2021-01-01 --to 2021-12-31 --format html --out 2021.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @OptionGroup var selection: StatsOptions

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(help: "Write to this file instead of standard output (written whole, or not at all).")
    var out: String?

    func run() throws {
        let report = try selection.report(by: [.month])
        switch format {
        case .html: try OutputOptions.write(report.summaryHTML, to: out)
        case .markdown:
            guard let out else { return try OutputOptions.write(report.summaryMarkdown(), to: nil) }
            let target = URL(fileURLWithPath: out)
            let stem = target.deletingPathExtension().lastPathComponent
            var names: [String] = []
            // The charts first: the report that links them appears last, whole.
            for chart in report.summaryCharts {
                let name = "\(stem)-\(chart.name).svg"
                try AtomicFile.write(chart.svg, to: target.deletingLastPathComponent().appendingPathComponent(name))
                names.append(name)
            }
            try OutputOptions.write(report.summaryMarkdown(charts: names), to: out)
        }
    }
}
