import BorderIncidents
import BorderQueries

/// Incidents counted by one or more keys (several make a cross table), with
/// their casualty figures per cell, under the rules in `rules`.
public struct IncidentStats: Sendable {
    /// One cell: a value of each key.
    public struct Cell: Sendable {
        public var values: [String]
        /// Incidents counted here, each once.
        public var count: Int
        /// Of those, how many have a date coarser than the time key's bin.
        public var imprecise: Int
        public var incidentIDs: [String]
        /// Ids of the reports behind those incidents, in order of first mention.
        public var sources: [String]
        public var casualties: CasualtyTally

        init(values: [String]) {
            self.values = values
            count = 0
            imprecise = 0
            incidentIDs = []
            sources = []
            casualties = CasualtyTally()
        }

        /// Counts one incident here; `seen` holds the sources listed so far
        /// (a store of imported rows has a source per incident), nil when
        /// the cell lists neither its incidents nor their sources.
        mutating func add(
            _ incident: IncidentFacts, _ claimed: CasualtyTally.Claimed, imprecise isImprecise: Bool, times: Int = 1,
            seen: inout Set<String>?
        ) {
            count += times
            if isImprecise { imprecise += times }
            casualties.add(claimed, times: times)
            guard seen != nil else { return }
            incidentIDs.append(incident.id)
            for s in incident.sources where seen!.insert(s).inserted { sources.append(s) }
        }
    }

    public var keys: [StatsKey]
    /// Cells in order of their values (time bins in calendar order); with a
    /// single time key, every bin from the first to the last, empty ones too.
    public var cells: [Cell]
    /// Distinct incidents counted (an incident under several values counts once here).
    public var total: Int
    public var totalImprecise: Int
    public var casualties: CasualtyTally
    /// The earliest and latest date start counted, for drawing every bin between.
    public var span: (first: Day, last: Day)?

    /// Counts the incidents a query matched; the places that matched are the
    /// ones a place key (province, segment, side) reads.
    public init(_ hits: [IncidentQuery.Hit], by keys: [StatsKey], theatres: TheatreOfSides = TheatreOfSides([])) {
        self.init(hits.map { ($0.relation, $0.locations) }, by: keys, theatres: theatres)
    }

    /// `theatres` gives the theatre of incidents with no located place.
    public init(
        _ subjects: [(relation: IncidentRelation, places: [LocationRelation])], by keys: [StatsKey],
        theatres: TheatreOfSides = TheatreOfSides([])
    ) {
        self.init(subjects.map { IncidentFacts($0.relation, places: $0.places) }, by: keys, theatres: theatres)
    }

    /// Counts incidents from their facts, each with the places that matched
    /// (the one way every caller counts, from the catalog or a store).
    /// Without `listing`, cells keep only their figures, not their incidents'
    /// ids and sources: a table prints none, and a million of each cost time.
    public init(
        _ subjects: [IncidentFacts], by keys: [StatsKey], theatres: TheatreOfSides = TheatreOfSides([]),
        listing: Bool = true
    ) {
        var counter = Counter(by: keys, theatres: theatres, listing: listing)
        for incident in subjects { counter.add(incident) }
        self = counter.counted
    }

    init(
        keys: [StatsKey], cells: [Cell], total: Int, totalImprecise: Int, casualties: CasualtyTally,
        span: (first: Day, last: Day)?
    ) {
        self.keys = keys
        self.cells = cells
        self.total = total
        self.totalImprecise = totalImprecise
        self.casualties = casualties
        self.span = span
    }

    /// Time keys' labels by day: most incidents share their day with others, and a label is formatted once.
    struct TimeLabels: Sendable {
        private var known: [TimeUnit: [Day: String]] = [:]

        mutating func label(of day: Day, in unit: TimeUnit) -> String {
            if let l = known[unit]?[day] { return l }
            let l = unit.label(of: day)
            known[unit, default: [:]][day] = l
            return l
        }
    }

    /// Every choice of one value per key.
    static func combinations(_ lists: [[String]]) -> [[String]] {
        lists.reduce([[]]) { partial, values in partial.flatMap { p in values.map { p + [$0] } } }
    }

    /// The counting rules, as every output states them.
    public static let rules = [
        "An incident counts once per bin, in the bin of its date's start (ISO weeks run Monday to Sunday).",
        "An incident whose date is coarser than the bin (a month-precise date in a week bin; a period by its length)"
            + " is also counted in that bin's 'imprecise' column.",
        "An incident with several values of a key (two provinces, two claimants) counts under each;"
            + " the total counts it once.",
        "Province, district, segment and side are read from the incident's located places that matched the query;"
            + " districts are those of the packs that have them (a place given as a whole province has none).",
        "Theatre too; an incident with no located place counts under the theatre whose pack lists all its sides"
            + " (one naming only third parties stays not located).",
        "Casualties are kept per affected side and per claimant and never added across claimants;"
            + " 'conservative' is, per incident, the lowest figure any claim gives, summed over incidents.",
    ]
}
