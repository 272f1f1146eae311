import BorderGeodata
import BorderIncidents
import GeometryCore

/// What counting and filtering need of one incident and no more: a store
/// can read it for a million incidents without building an `Incident` or a
/// `RelatedCatalog`, and a related incident gives the same facts.
public struct IncidentFacts: Sendable {
    public var id: String
    public var date: IncidentDate
    public var type: EventType
    public var sides: [String]
    public var sources: [String]
    /// Each claim's claimant, in claim order.
    public var claimants: [String]
    /// Every casualty figure of every claim, in claim order.
    public var figures: [ClaimedFigure]
    /// Whether the incident has any location (before a query keeps only some).
    public var isLocated: Bool
    /// Its located places, in location order (after a query, the ones that matched).
    public var places: [PlaceFacts]

    public init(
        id: String, date: IncidentDate, type: EventType, sides: [String], sources: [String], claimants: [String],
        figures: [ClaimedFigure], isLocated: Bool, places: [PlaceFacts]
    ) {
        self.id = id
        self.date = date
        self.type = type
        self.sides = sides
        self.sources = sources
        self.claimants = claimants
        self.figures = figures
        self.isLocated = isLocated
        self.places = places
    }

    /// The facts of a related incident, with `places` (its matched locations).
    public init(_ relation: IncidentRelation, places: [LocationRelation]) {
        let incident = relation.incident
        var figures: [ClaimedFigure] = []
        for claim in incident.claims {
            for c in claim.casualties {
                for kind in CasualtyKind.allCases {
                    guard let figure = c.figures[kind] else { continue }
                    figures.append(ClaimedFigure(claimant: claim.claimant, side: c.side, kind: kind, figure: figure))
                }
            }
        }
        self.init(
            id: incident.id, date: incident.date, type: incident.type, sides: incident.sides,
            sources: incident.sources, claimants: incident.claims.map(\.claimant), figures: figures,
            isLocated: !relation.locations.isEmpty, places: places.map(PlaceFacts.init))
    }
}

extension IncidentFacts {
    /// The conservative figures of one kind of loss summed over the sides
    /// (`ClaimSummary.total`): per side, the lowest figure any claim gives.
    public func conservativeTotal(_ kind: CasualtyKind) -> Int {
        var lowest: [(side: String, low: Int)] = []
        for f in figures where f.kind == kind {
            if let k = lowest.firstIndex(where: { $0.side == f.side }) {
                lowest[k].low = min(lowest[k].low, f.figure.low)
            } else {
                lowest.append((f.side, f.figure.low))
            }
        }
        return lowest.reduce(0) { $0 + $1.low }
    }
}

/// One claimant's figure for one loss of one side.
public struct ClaimedFigure: Sendable, Hashable {
    public var claimant: String
    /// Whose losses.
    public var side: String
    public var kind: CasualtyKind
    public var figure: CasualtyFigure

    public init(claimant: String, side: String, kind: CasualtyKind, figure: CasualtyFigure) {
        self.claimant = claimant
        self.side = side
        self.kind = kind
        self.figure = figure
    }
}

/// One located place of an incident with the relation stored for it.
public struct PlaceFacts: Sendable, QueryablePlace {
    public var name: String
    public var coordinate: Coordinate
    public var country: String?
    public var provinceID: String?
    /// The province's name, nil outside every province.
    public var provinceName: String?
    public var borderDistance: Double
    public var nearestSegment: String
    public var nearestBorderPoint: Coordinate
    public var side: String
    public var theatre: String?
    /// The district's id, where the pack has districts.
    public var districtID: String?
    /// The district's label (`District.label`), nil outside every district.
    public var districtName: String?

    public init(
        name: String, coordinate: Coordinate, country: String?, provinceID: String?, provinceName: String?,
        borderDistance: Double, nearestSegment: String, nearestBorderPoint: Coordinate, side: String,
        theatre: String?, districtID: String? = nil, districtName: String? = nil
    ) {
        self.name = name
        self.coordinate = coordinate
        self.country = country
        self.provinceID = provinceID
        self.provinceName = provinceName
        self.borderDistance = borderDistance
        self.nearestSegment = nearestSegment
        self.nearestBorderPoint = nearestBorderPoint
        self.side = side
        self.theatre = theatre
        self.districtID = districtID
        self.districtName = districtName
    }

    public init(_ l: LocationRelation) {
        self.init(
            name: l.location.name, coordinate: l.coordinate, country: l.country, provinceID: l.province?.id,
            provinceName: l.province?.name, borderDistance: l.borderDistance, nearestSegment: l.nearestSegment,
            nearestBorderPoint: l.nearestBorderPoint, side: l.side, theatre: l.theatre, districtID: l.district?.id,
            districtName: l.district?.label)
    }
}

/// What a query's place filters read of a located place.
public protocol QueryablePlace {
    var coordinate: Coordinate { get }
    var provinceID: String? { get }
    var borderDistance: Double { get }
    var nearestSegment: String { get }
    var side: String { get }
}

extension LocationRelation: QueryablePlace {
    public var provinceID: String? { province?.id }
}
