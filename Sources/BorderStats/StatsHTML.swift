/// The report as one self-contained HTML page: the counting rules, the
/// charts inline (SVG) and the table; nothing is fetched.
extension StatsReport {
    public var html: String {
        func e(_ s: String) -> String { SVGCanvas.escape(s) }
        var rows = "<tr>" + stats.keys.map { "<th>\(e($0.rawValue))</th>" }.joined()
        rows += "<th>incidents</th><th>imprecise</th><th>casualties (per claimant)</th><th>sources</th></tr>\n"
        for cell in stats.cells {
            rows += "<tr>" + cell.values.map { "<td>\(e($0))</td>" }.joined()
            rows += "<td class=\"n\">\(cell.count)</td><td class=\"n\">\(cell.imprecise)</td>"
            rows += "<td>\(cell.casualties.lines.map(e).joined(separator: "<br>"))</td>"
            rows += "<td>\(cell.sources.map { e(sourceAddress($0)) }.joined(separator: "<br>"))</td></tr>\n"
        }
        rows += "<tr class=\"total\"><td colspan=\"\(stats.keys.count)\">total (each incident once)</td>"
        rows += "<td class=\"n\">\(stats.total)</td><td class=\"n\">\(stats.totalImprecise)</td>"
        rows += "<td>\(stats.casualties.lines.map(e).joined(separator: "<br>"))</td><td></td></tr>\n"
        let stack = stats.keys.contains(.side) ? StatsKey.side : .type
        let charts = [timeline(stack: stack).svg, bars().svg, bars(.segment).svg, strip.svg]
            .map { "<figure>" + Self.inline($0) + "</figure>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(title)) — BorderWatch</title>
            <style>
              body { font: 14px/1.45 system-ui, sans-serif; margin: 16px 24px; color: #222; }
              table { border-collapse: collapse; margin: 12px 0; } td, th { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
              td.n { text-align: right; } tr.total { font-weight: bold; } figure { margin: 12px 0; } svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>
            <p>\(e(scope))</p>
            <h2>Counting rules</h2>
            <ul>\(IncidentStats.rules.map { "<li>\(e($0))</li>" }.joined())</ul>
            \(charts)
            <h2>Counts</h2>
            <table>
            \(rows)</table>
            <p>\(e(sourceNote))</p>
            </body>
            </html>

            """
    }

    /// An SVG document without its XML declaration, to sit inside HTML.
    static func inline(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }
}
