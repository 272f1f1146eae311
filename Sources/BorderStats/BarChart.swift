/// Incidents per value of one key (province, segment, …) as horizontal
/// bars, longest first.
public struct BarChart: Sendable {
    public var key: StatsKey
    public var bars: [(value: String, count: Int, incidents: [String])]
    public var sourceNote: String

    public init(_ stats: IncidentStats, sourceNote: String) {
        precondition(stats.keys.count == 1, "counted by one key")
        key = stats.keys[0]
        bars = stats.cells.map { (value: $0.values[0], count: $0.count, incidents: $0.incidentIDs) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        self.sourceNote = sourceNote
    }

    /// Drawing width in pixels; the label column shrinks with it.
    public var width = 960.0
    var left: Double { min(240, width * 0.3) }
    static let right = 40.0
    static let top = 48.0
    static let rowHeight = 24.0
    static let bottom = 70.0

    public var svg: String {
        let plotW = width - left - Self.right
        let plotH = Double(max(1, bars.count)) * Self.rowHeight
        var c = SVGCanvas(width: width, height: Self.top + plotH + Self.bottom)
        let axis = CountAxis(maximum: bars.map(\.count).max() ?? 0)
        let title = "Incidents per \(key.rawValue)"
        c.text(title, x: 16, y: 24, size: 16, weight: "bold")
        for t in axis.ticks {
            let x = left + Double(t) / Double(axis.top) * plotW
            c.line(x1: x, y1: Self.top, x2: x, y2: Self.top + plotH, stroke: t == 0 ? "#333" : "#e3e3e3")
            c.text("\(t)", x: x, y: Self.top + plotH + 16, anchor: .middle, size: 11)
        }
        c.text("incidents", x: left + plotW / 2, y: Self.top + plotH + 34, anchor: .middle)
        c.raw("<g id=\"plot\" data-axis-max=\"\(axis.top)\" data-plot-width=\(quoted(plotW))>\n")
        for (i, bar) in bars.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            let w = Double(bar.count) / Double(axis.top) * plotW
            c.rect(
                x: left, y: y + 4, width: w, height: Self.rowHeight - 8,
                fill: bar.value.hasPrefix("(") ? "#aab7b8" : "#34495e",
                extra: [
                    ("class", "bar"), ("data-bin", bar.value), ("data-count", "\(bar.count)"),
                    ("data-incidents", bar.incidents.joined(separator: " ")),
                ])
            c.text(bar.value, x: left - 8, y: y + Self.rowHeight / 2 + 4, anchor: .end, size: 11)
        }
        c.raw("</g>\n")
        c.footnotes([sourceNote], x: 16, top: Self.top + plotH + Self.bottom - 12)
        return c.document(title: title, description: IncidentStats.rules.joined(separator: " "))
    }
}
