import BorderIncidents
import BorderQueries

/// `report summary`: the headline figures of a set of incidents (usually a
/// date range) and the charts, in Markdown or HTML.
extension StatsReport {
    /// The figures a reader wants first, as (label, value) lines.
    public var headlines: [(label: String, value: String)] {
        var lines: [(String, String)] = [("incidents", "\(stats.total)")]
        let all = subjects
        if let first = all.map(\.date.start).min(), let last = all.map(\.date.end).max() {
            lines.append(("dates", "\(first) to \(last)"))
        }
        func ranked(_ key: StatsKey) -> String {
            IncidentStats(subjects, by: [key]).cells.filter { $0.count > 0 }
                .sorted { ($1.count, $0.values[0]) < ($0.count, $1.values[0]) }
                .map { "\($0.values[0]) \($0.count)" }.joined(separator: ", ")
        }
        lines.append(("by type", ranked(.type)))
        lines.append(("by province", ranked(.province)))
        let months = IncidentStats(subjects, by: [.month]).cells
        if let most = months.map(\.count).max(), most > 0 {
            let busiest = months.filter { $0.count == most }.map { $0.values[0] }
            lines.append(("busiest month", "\(busiest.joined(separator: ", ")) (\(most) incidents)"))
        }
        let near = Set(line.placements.filter { abs($0.signedMetres) <= 5_000 }.map(\.incidentID))
        lines.append(("within 5 km of the line", "\(near.count) incidents"))
        let sides = Dictionary(grouping: line.placements, by: \.side).map { "\($0.key) \($0.value.count)" }.sorted()
        lines.append(("located places by side", sides.isEmpty ? "none" : sides.joined(separator: ", ")))
        for l in stats.casualties.lines { lines.append(("casualties", l)) }
        return lines
    }

    /// Markdown; `charts` are the addresses of the chart files to show (timeline, provinces, strip), if any.
    public func summaryMarkdown(charts: [String] = []) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# Summary: \(scope)\n\n| figure | value |\n|---|---|\n"
        for h in headlines { out += "| \(cell(h.label)) | \(cell(h.value)) |\n" }
        out += "\nCasualties are per affected side and per claimant, never added across claimants;"
        out += " 'conservative' is, per incident, the lowest figure any claim gives, summed.\n"
        if !charts.isEmpty {
            out += "\n## Charts\n\n" + charts.map { "![\($0)](\($0))\n" }.joined(separator: "\n")
        }
        out += "\n## Counting rules\n\n" + IncidentStats.rules.map { "- \($0)\n" }.joined()
        return out + "\n" + sourceNote + "\n"
    }

    /// One self-contained page: the figures, then the charts inline.
    public var summaryHTML: String {
        func e(_ s: String) -> String { SVGCanvas.escape(s) }
        let rows = headlines.map { "<tr><th>\(e($0.label))</th><td>\(e($0.value))</td></tr>" }.joined(separator: "\n")
        let charts = summaryCharts.map { "<figure>" + Self.inline($0.svg) + "</figure>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Summary: \(e(scope)) — BorderWatch</title>
            <style>
              body { font: 14px/1.45 system-ui, sans-serif; margin: 16px 24px; color: #222; }
              table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
              figure { margin: 12px 0; } svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>Summary: \(e(scope))</h1>
            <table>
            \(rows)
            </table>
            <p>Casualties are per affected side and per claimant, never added across claimants.</p>
            \(charts)
            <h2>Counting rules</h2>
            <ul>\(IncidentStats.rules.map { "<li>\(e($0))</li>" }.joined())</ul>
            <p>\(e(sourceNote))</p>
            </body>
            </html>

            """
    }

    /// The summary's charts, with the names their files take beside a Markdown report.
    public var summaryCharts: [(name: String, svg: String)] {
        [("timeline", timeline(stack: .type).svg), ("provinces", bars(.province).svg), ("strip", strip.svg)]
    }
}
