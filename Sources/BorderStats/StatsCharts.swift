/// The charts a report draws: a timeline stacked by type or side, bars per
/// value of a key, and the border strip.
public enum StatsChart: String, CaseIterable, Sendable {
    case timeline, bars, strip
}

extension StatsReport {
    /// The timeline by the report's time key (else months), stacked by `stack`.
    public func timeline(stack: StatsKey = .type) -> TimelineChart {
        let time = stats.keys.first { $0.timeUnit != nil } ?? .month
        return TimelineChart(IncidentStats(subjects, by: [time, stack], theatres: theatres), sourceNote: sourceNote)
    }

    /// Bars per value of `key` (the report's first key that is not a time key, else province).
    public func bars(_ key: StatsKey? = nil) -> BarChart {
        let key = key ?? stats.keys.first { $0.timeUnit == nil } ?? .province
        return BarChart(IncidentStats(subjects, by: [key], theatres: theatres), sourceNote: sourceNote)
    }

    public var strip: BorderStripChart { BorderStripChart(line, sourceNote: sourceNote) }

    /// One chart as SVG; without a choice, the one the first key suggests
    /// (a time key a timeline, stacked by a second key that is type or side).
    /// `width` is the drawing's width in pixels.
    public func svg(_ chart: StatsChart? = nil, width: Double = 960) -> String {
        let first = stats.keys[0]
        switch chart ?? (first.timeUnit != nil ? .timeline : .bars) {
        case .timeline:
            let second = stats.keys.dropFirst().first { $0 == .type || $0 == .side }
            var c = timeline(stack: second ?? .type)
            c.width = width
            return c.svg
        case .bars:
            var c = bars()
            c.width = width
            return c.svg
        case .strip:
            var c = strip
            c.width = width
            return c.svg
        }
    }
}
