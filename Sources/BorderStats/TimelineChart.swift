import BorderIncidents

/// Incidents per week, month or year as bars stacked by type or by side,
/// every bin from the first to the last drawn (empty ones too).
public struct TimelineChart: Sendable {
    public var unit: TimeUnit
    public var stack: StatsKey
    /// Bins in calendar order, each with its count per category.
    public var bins: [(label: String, counts: [String: (count: Int, incidents: [String])])]
    public var categories: [String]
    public var sourceNote: String
    /// Incidents whose date is coarser than a bin.
    public var imprecise: Int

    /// From a table counted by (time key, stacking key).
    public init(_ stats: IncidentStats, sourceNote: String) {
        precondition(stats.keys.count == 2 && stats.keys[0].timeUnit != nil, "counted by a time key and a stack key")
        let unit = stats.keys[0].timeUnit!
        self.unit = unit
        stack = stats.keys[1]
        var byLabel: [String: [String: (Int, [String])]] = [:]
        var categories: [String] = []
        for cell in stats.cells {
            byLabel[cell.values[0], default: [:]][cell.values[1]] = (cell.count, cell.incidentIDs)
            if !categories.contains(cell.values[1]) { categories.append(cell.values[1]) }
        }
        self.categories = categories.sorted()
        let all = stats.span.map { unit.bins(from: $0.first, through: $0.last).map(\.label) } ?? []
        bins = all.map { (label: $0, counts: byLabel[$0] ?? [:]) }
        self.sourceNote = sourceNote
        imprecise = stats.totalImprecise
    }

    /// Drawing width in pixels; margins and the legend's column shrink with it.
    public var width = 960.0
    static let height = 440.0
    static let left = 64.0
    var right: Double { min(190, width * 0.3) }
    static let top = 48.0
    static let bottom = 110.0

    public var svg: String {
        var c = SVGCanvas(width: width, height: Self.height)
        let plotW = width - Self.left - right
        let plotH = Self.height - Self.top - Self.bottom
        let totals = bins.map { $0.counts.values.reduce(0) { $0 + $1.count } }
        let axis = CountAxis(maximum: totals.max() ?? 0)
        let title = "Incidents per \(unit.rawValue), by \(stack.rawValue)"
        c.text(title, x: Self.left, y: 24, size: 16, weight: "bold")
        // Axes and ticks.
        for t in axis.ticks {
            let y = Self.top + plotH - Double(t) / Double(axis.top) * plotH
            c.line(x1: Self.left, y1: y, x2: Self.left + plotW, y2: y, stroke: t == 0 ? "#333" : "#e3e3e3")
            c.text("\(t)", x: Self.left - 6, y: y + 4, anchor: .end, size: 11)
        }
        c.line(x1: Self.left, y1: Self.top, x2: Self.left, y2: Self.top + plotH)
        c.text(
            "incidents per \(unit.rawValue)", x: 16, y: Self.top + plotH / 2, anchor: .middle, size: 12, rotate: -90)
        let slot = plotW / Double(max(1, bins.count))
        let every = max(1, Int((14.0 / slot).rounded(.up)))
        c.raw(
            "<g id=\"plot\" data-axis-max=\"\(axis.top)\" data-plot-height=\(quoted(plotH)) data-baseline=\(quoted(Self.top + plotH))>\n"
        )
        for (i, bin) in bins.enumerated() {
            let x = Self.left + Double(i) * slot + slot * 0.1
            var y = Self.top + plotH
            for (k, category) in categories.enumerated() {
                guard let entry = bin.counts[category], entry.count > 0 else { continue }
                let h = Double(entry.count) / Double(axis.top) * plotH
                y -= h
                c.rect(
                    x: x, y: y, width: slot * 0.8, height: h, fill: ChartColours.colour(category, index: k),
                    extra: [
                        ("class", "bar"), ("data-bin", bin.label), ("data-category", category),
                        ("data-count", "\(entry.count)"), ("data-incidents", entry.incidents.joined(separator: " ")),
                    ])
            }
        }
        c.raw("</g>\n")
        for (i, bin) in bins.enumerated() where i % every == 0 {
            let x = Self.left + (Double(i) + 0.5) * slot
            c.text(
                bin.label, x: x + 4, y: Self.top + plotH + 10, anchor: .end, size: 10, rotate: -60,
                extra: [("class", "bin-label")])
        }
        c.legend(
            categories.enumerated().map {
                (label: $0.element, colour: ChartColours.colour($0.element, index: $0.offset))
            },
            x: width - right + 10, y: Self.top + 4, title: stack.rawValue)
        var notes: [String] = []
        if imprecise > 0 {
            notes.append(
                "\(imprecise) incident(s) dated more coarsely than a \(unit.rawValue) are drawn at their date's start.")
        }
        if stack != .type { notes.append("An incident with places on two sides counts in each.") }
        c.footnotes(notes + [sourceNote], x: 16, top: Self.height - 36)
        return c.document(title: title, description: IncidentStats.rules.joined(separator: " "))
    }
}

func quoted(_ x: Double) -> String { "\"" + SVGCanvas.number(x) + "\"" }
