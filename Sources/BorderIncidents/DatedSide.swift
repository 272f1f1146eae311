import BorderGeodata

/// A location's side on a given day and today, by the versions of its
/// pack's line: the country holding the point de jure by the line in force.
public struct DatedSide: Equatable, Sendable {
    public var day: Day
    /// The version of the line in force that day (nil: the pack lists none,
    /// or the day is before its first).
    public var lineVersion: String?
    /// "ARM", "AZE", another ISO3, "uncertain", "none", or "unknown" before
    /// the pack's first version.
    public var sideAtDate: String
    /// The side today: the relation's own.
    public var sideNow: String
    /// Who held the exclave the point lies in that day, where its ring says.
    public var controlledByAtDate: String?

    public init(day: Day, lineVersion: String?, sideAtDate: String, sideNow: String, controlledByAtDate: String?) {
        self.day = day
        self.lineVersion = lineVersion
        self.sideAtDate = sideAtDate
        self.sideNow = sideNow
        self.controlledByAtDate = controlledByAtDate
    }

    /// Sides that name a country (not "uncertain", "none" or "unknown").
    static let undecided: Set<String> = ["uncertain", "none", "unknown"]

    /// True when both days name a country and not the same one.
    public var changed: Bool {
        !Self.undecided.contains(sideAtDate) && !Self.undecided.contains(sideNow) && sideAtDate != sideNow
    }
}

extension Relater {
    /// The side of a related location on `day` and today. Only a pack that
    /// lists more than one version of its line measures anything: the older
    /// version's countries are asked about the stored position, so a stored
    /// relation needs no new column. Where that version's polygon gives the
    /// same country as today's polygons (or none), the line did not move
    /// across the point and the side that day is today's, tolerance included.
    public func datedSide(of relation: LocationRelation, on day: Day) -> DatedSide {
        let now = relation.side
        let controller = relation.exclave?.controller(on: day.description)
        func answer(_ version: String?, _ side: String) -> DatedSide {
            DatedSide(day: day, lineVersion: version, sideAtDate: side, sideNow: now, controlledByAtDate: controller)
        }
        guard let theatre = relation.theatre,
            let dated = geodata.datedCountry(at: relation.coordinate, theatre: theatre, on: day.description)
        else { return answer(nil, now) }
        switch dated {
        case let .current(version): return answer(version.id, now)
        case .noVersion: return answer(nil, "unknown")
        case let .older(version, country):
            guard let country, country != geodata.country(at: relation.coordinate)?.iso3 else {
                return answer(version.id, now)
            }
            return answer(version.id, country)
        }
    }
}
