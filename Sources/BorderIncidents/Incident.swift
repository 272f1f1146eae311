import Foundation
import GeometryCore

/// The kinds of event the catalog distinguishes (after ACLED's).
public enum EventType: String, CaseIterable, Sendable, Hashable {
    case armedClash = "armed-clash"
    case shelling = "shelling"
    case incursion = "incursion"
    case capture = "capture"
    case ceasefire = "ceasefire"
    case statement = "statement"
    case war = "war"
}

/// Where an incident happened, as a report puts it.
public struct IncidentLocation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A named place of the gazetteer, such as "Sotk".
        case place(String)
        /// A position given as such.
        case point(Coordinate)
        /// The stretch of the border along a province, such as "the Kalbajar
        /// section of the border"; the name is looked up among provinces.
        case borderSector(String)
        /// A whole province or region, such as "Syunik".
        case province(String)
    }

    public var kind: Kind
    /// ACLED's geo-precision: 1 at the named place, 2 near it or in part of a
    /// region, 3 a larger region or only "the border".
    public var precision: Int
    /// How the report relates the event to the place: "at", "near", "towards".
    public var relation: String
    /// The side whose account names this location, when only one side's does.
    public var claimedBy: String?
    public var sources: [String]

    public init(kind: Kind, precision: Int, relation: String, claimedBy: String?, sources: [String]) {
        self.kind = kind
        self.precision = precision
        self.relation = relation
        self.claimedBy = claimedBy
        self.sources = sources
    }

    public var name: String {
        switch kind {
        case let .place(n), let .borderSector(n), let .province(n): n
        case let .point(c): "\(FixedDecimal.text(c.latitude, places: 5)), \(FixedDecimal.text(c.longitude, places: 5))"
        }
    }
}

/// One reported event.
public struct Incident: Hashable, Sendable {
    /// Whether an analyst has checked the incident (`reviewed`), or a
    /// machine reading proposed it and nobody has yet (`proposed`).
    public enum Status: String, CaseIterable, Sendable, Hashable {
        case reviewed, proposed
    }

    public var id: String
    public var title: String
    public var type: EventType
    public var date: IncidentDate
    /// Local time of day as reported ("03:40", "after 00:00"; UTC+4 on both sides), when a report gives one.
    public var localTime: String?
    public var sides: [String]
    public var locations: [IncidentLocation]
    public var claims: [Claim]
    public var sources: [String]
    public var notes: String?
    /// Absent in the catalog means reviewed.
    public var status: Status

    public init(
        id: String, title: String, type: EventType, date: IncidentDate, localTime: String?, sides: [String],
        locations: [IncidentLocation], claims: [Claim], sources: [String], notes: String?,
        status: Status = .reviewed
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.date = date
        self.localTime = localTime
        self.sides = sides
        self.locations = locations
        self.claims = claims
        self.sources = sources
        self.notes = notes
        self.status = status
    }

    public var summary: ClaimSummary { ClaimSummary(claims: claims) }
}
