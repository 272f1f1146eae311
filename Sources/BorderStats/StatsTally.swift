import BorderGeodata
import BorderQueries
import GeometryCore
import Synchronization

/// The counts and the profile along the line of incidents added one at a
/// time, as a store streams them: a million incidents' facts are never held
/// at once, and the report is the same as `StatsReport(counting:…)` of them
/// all, except that it cannot draw charts (it keeps no incident to count
/// again by other keys) and its cells list no incidents or sources.
/// Incidents are counted on the thread that adds them (a store's reading
/// loop; the lock is never contended): handing batches to a second core
/// took more CPU in all than it saved in time.
public final class StatsTally: Sendable {
    private struct Counting: Sendable {
        var stats: IncidentStats.Counter
        var line: LineProfile.Builder
    }

    private let counting: Mutex<Counting>
    private let theatres: TheatreOfSides
    private let keys: [StatsKey]

    /// Without `chainage` the profile along the line is left empty, as in `StatsReport`.
    public init(by keys: [StatsKey], geodata: Geodata, chainage: LineChainage?, positiveSide: String? = nil) {
        let theatres = TheatreOfSides(geodata.theatres)
        self.theatres = theatres
        self.keys = keys.isEmpty ? [.month] : keys
        counting = Mutex(
            Counting(
                stats: IncidentStats.Counter(by: keys, theatres: theatres, listing: false),
                line: LineProfile.Builder(
                    border: geodata.border, chainage: chainage, positiveSide: positiveSide,
                    theatres: geodata.theatres, placing: false)))
    }

    public func add(_ incident: IncidentFacts) throws(GeometryError) {
        try counting.withLock { (c: inout Counting) throws(GeometryError) in
            c.stats.add(incident)
            try c.line.add(incident)
        }
    }

    /// Adds a store's counted incidents (`CountedIncidents`), group by group
    /// (`CountedGroups`): the same counts as adding each incident's facts.
    public func add(_ counted: CountedIncidents) throws(GeometryError) {
        let gathered = CountedGroups(counted, keys: keys, theatres: theatres)
        try counting.withLock { (c: inout Counting) throws(GeometryError) in
            for g in gathered.groups {
                c.stats.add(counted.facts(date: g.date, places: g.places, what: g.what), times: g.count)
            }
            for d in gathered.datesSeen { c.stats.cover(counted.dates[d]!.start) }
            let anyWhat = counted.rows.count > 2 ? Int(counted.rows[2]) : 0
            for (p, n) in gathered.byPlaces.enumerated() where n > 0 {
                try c.line.add(counted.facts(date: gathered.datesSeen[0], places: p, what: anyWhat), times: n)
            }
        }
    }

    /// Everything added, counted.
    func tallied() -> (stats: IncidentStats, line: LineProfile, theatres: TheatreOfSides) {
        counting.withLock { c in (c.stats.counted, c.line.profile, theatres) }
    }
}
