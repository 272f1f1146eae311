import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// Everything `borderwatch stats` and `GET /stats` say of a set of
/// incidents: the counts by the chosen keys, the casualty figures, and the
/// profile along the line.
public struct StatsReport: Sendable {
    public var stats: IncidentStats
    public var line: LineProfile
    /// The reports the catalog cites, by id, to name each bin's sources.
    public var sources: [String: SourceReport]
    /// How many reports the catalog or store holds, for the source note.
    public var reportCount: Int
    /// What was counted, for titles: "incidents from 2021-01-01 to 2021-12-31".
    public var scope: String
    /// What was counted, kept to count again by other keys for the charts.
    let subjects: [IncidentFacts]
    /// The theatre of each counted incident that has no located place.
    let theatres: TheatreOfSides

    public init(
        _ hits: [IncidentQuery.Hit], by keys: [StatsKey], related: RelatedCatalog, chainage: LineChainage?,
        positiveSide: String? = nil, scope: String = "every incident", listing: Bool = true
    ) throws(GeometryError) {
        try self.init(
            counting: hits.map { IncidentFacts($0.relation, places: $0.locations) }, by: keys,
            geodata: related.geodata, sources: related.catalog.sources, reportCount: related.catalog.sources.count,
            chainage: chainage, positiveSide: positiveSide, scope: scope, listing: listing)
    }

    /// The report of incidents' facts (each with the places that matched),
    /// as a store reads them; `sources` are the reports they may cite, of
    /// the `reportCount` the store holds.
    /// Without `chainage` the profile along the line is left empty (a CSV
    /// table does not show it, and measuring every place along the line costs time).
    /// Without `listing`, the cells name no incidents or sources and the
    /// profile places no incident: only the figures, all a table prints.
    public init(
        counting subjects: [IncidentFacts], by keys: [StatsKey], geodata: Geodata, sources: [SourceReport],
        reportCount: Int, chainage: LineChainage?, positiveSide: String? = nil, scope: String = "every incident",
        listing: Bool = true
    ) throws(GeometryError) {
        self.subjects = subjects
        let theatres = TheatreOfSides(geodata.theatres)
        self.theatres = theatres
        let (border, manifests) = (geodata.border, geodata.theatres)
        // The counts and the profile read the same facts and nothing of each other: both at once, on two cores.
        do {
            (stats, line) = try concurrently(
                { IncidentStats(subjects, by: keys, theatres: theatres, listing: listing) },
                {
                    var profile = LineProfile.Builder(
                        border: border, chainage: chainage, positiveSide: positiveSide, theatres: manifests,
                        placing: listing)
                    for incident in subjects { try profile.add(incident) }
                    return profile.profile
                })
        } catch let error as GeometryError {
            throw error
        } catch {
            preconditionFailure("the profile along the line throws only GeometryError: \(error)")
        }
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.reportCount = reportCount
        self.scope = scope
    }

    /// The report of what `tally` counted (see `StatsTally`: no charts, cells
    /// listing no incidents); `sources` and `reportCount` as in `init(counting:…)`.
    public init(
        tallied tally: StatsTally, sources: [SourceReport], reportCount: Int, scope: String = "every incident"
    ) {
        (stats, line, theatres) = tally.tallied()
        subjects = []
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.reportCount = reportCount
        self.scope = scope
    }

    /// "OC Media, 2021-07-28 (ocmedia-2021-07-28; file 000_….txt)", or the id alone when the catalog does not know it.
    public func sourceAddress(_ id: String) -> String {
        guard let s = sources[id] else { return id }
        return "\(s.outlet), \(s.published) (\(s.id); file \(s.file))"
    }

    /// "Incidents by month and province".
    public var title: String {
        "Incidents by " + stats.keys.map(\.rawValue).joined(separator: " and ")
    }

    /// Where the figures come from, for every chart and table.
    public var sourceNote: String {
        "Source: BorderWatch catalog (\(scope)); \(stats.total) incidents, "
            + "from \(reportCount) news reports; figures as the reports give them."
    }

    /// "incidents from 2021-01-01 to 2021-12-31 of type armed-clash", for titles and notes.
    public static func scope(of q: IncidentQuery) -> String {
        var parts = ["incidents"]
        if let from = q.from { parts.append("from \(from)") }
        if let to = q.to { parts.append("to \(to)") }
        if !q.types.isEmpty { parts.append("of type " + q.types.map(\.rawValue).sorted().joined(separator: ", ")) }
        if let side = q.side { parts.append("on side \(side)") }
        if let actor = q.actor { parts.append("with \(actor) taking part") }
        if let province = q.spatial.province { parts.append("in \(province)") }
        return parts.count == 1 ? "every incident" : parts.joined(separator: " ")
    }
}
