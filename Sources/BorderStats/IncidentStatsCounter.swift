import BorderIncidents
import BorderQueries

extension IncidentStats {
    /// Counts incidents one at a time, as a store reads them, so that a
    /// million need not be held at once; `counted` is the same
    /// `IncidentStats` as counting them all together, in any order.
    public struct Counter: Sendable {
        private let keys: [StatsKey]
        private let time: TimeUnit?
        private let theatres: TheatreOfSides
        private let listing: Bool
        // One lookup per incident and cell: a million incidents made three hashes of every cell's values each.
        private var cellIndex: [[String]: Int] = [:]
        private var cells: [Cell] = []
        private var sourcesSeen: [Set<String>?] = []
        private var labels = TimeLabels()
        private var tally = CasualtyTally()
        private var total = 0
        private var imprecise = 0
        private var span: (first: Day, last: Day)?

        /// As `IncidentStats.init(_:by:theatres:listing:)`; no key counts by month.
        public init(by keys: [StatsKey], theatres: TheatreOfSides = TheatreOfSides([]), listing: Bool = true) {
            self.keys = keys.isEmpty ? [.month] : keys
            time = self.keys.compactMap(\.timeUnit).first
            self.theatres = theatres
            self.listing = listing
        }

        /// Counts `incident`, or `times` incidents that every key and figure counts alike (then the cells list
        /// no incidents: `listing` must be off).
        public mutating func add(_ incident: IncidentFacts, times: Int = 1) {
            precondition(times == 1 || !listing, "a cell cannot list incidents counted together")
            total += times
            let start = incident.date.start
            cover(start)
            let isImprecise = time.map { DateCoarseness.isImprecise(incident.date, in: $0) } ?? false
            if isImprecise { imprecise += times }
            let claimed = CasualtyTally.Claimed(incident.figures)
            tally.add(claimed, times: times)
            let lists = keys.map { key in
                key.timeUnit.map { [labels.label(of: start, in: $0)] } ?? key.values(incident, theatres: theatres)
            }
            for values in IncidentStats.combinations(lists) {
                let (k, isNew) = cellIndex.position(of: values)
                if isNew {
                    cells.append(Cell(values: values))
                    sourcesSeen.append(listing ? [] : nil)
                }
                cells[k].add(incident, claimed, imprecise: isImprecise, times: times, seen: &sourcesSeen[k])
            }
        }

        /// Widens the span of dates counted to `day` (incidents counted `times` at once bring one date of theirs).
        mutating func cover(_ day: Day) {
            span = span.map { (min($0.first, day), max($0.last, day)) } ?? (day, day)
        }

        /// What was counted: cells in order of their values, and with a single
        /// time key every bin from the first to the last, empty ones too.
        public var counted: IncidentStats {
            var all = cells
            if keys.count == 1, let unit = time, let days = span {
                for bin in unit.bins(from: days.first, through: days.last) where cellIndex[[bin.label]] == nil {
                    all.append(Cell(values: [bin.label]))
                }
            }
            return IncidentStats(
                keys: keys, cells: all.sorted { $0.values.lexicographicallyPrecedes($1.values) }, total: total,
                totalImprecise: imprecise, casualties: tally, span: span)
        }
    }
}
