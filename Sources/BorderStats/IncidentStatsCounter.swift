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

        public mutating func add(_ incident: IncidentFacts) {
            total += 1
            let start = incident.date.start
            span = span.map { (min($0.first, start), max($0.last, start)) } ?? (start, start)
            let isImprecise = time.map { DateCoarseness.isImprecise(incident.date, in: $0) } ?? false
            if isImprecise { imprecise += 1 }
            let claimed = CasualtyTally.Claimed(incident.figures)
            tally.add(claimed)
            let lists = keys.map { key in
                key.timeUnit.map { [labels.label(of: start, in: $0)] } ?? key.values(incident, theatres: theatres)
            }
            for values in IncidentStats.combinations(lists) {
                let (k, isNew) = cellIndex.position(of: values)
                if isNew {
                    cells.append(Cell(values: values))
                    sourcesSeen.append(listing ? [] : nil)
                }
                cells[k].add(incident, claimed, imprecise: isImprecise, seen: &sourcesSeen[k])
            }
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
