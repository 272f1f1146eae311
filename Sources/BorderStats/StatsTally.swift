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

    /// Without `chainage` the profile along the line is left empty, as in `StatsReport`.
    public init(by keys: [StatsKey], geodata: Geodata, chainage: LineChainage?, positiveSide: String? = nil) {
        let theatres = TheatreOfSides(geodata.theatres)
        self.theatres = theatres
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

    /// Everything added, counted.
    func tallied() -> (stats: IncidentStats, line: LineProfile, theatres: TheatreOfSides) {
        counting.withLock { c in (c.stats.counted, c.line.profile, theatres) }
    }
}
