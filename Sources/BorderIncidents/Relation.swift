import BorderGeodata
import GeometryCore

/// What the engine says of one location: where it is, in which province,
/// how far from the border and on which side, and what is near.
public struct LocationRelation: Equatable, Sendable {
    /// Which way a point lies of the border, and on what grounds.
    public enum SideBasis: String, Sendable {
        /// The country polygon holding the point, beyond the border's tolerance.
        case polygon
        /// Within the tolerance, the gazetteer's own country and province for
        /// a named place (checked against its source when the gazetteer was built).
        case gazetteer
        /// Within the tolerance and nothing else to go on: the side is uncertain.
        case uncertain
    }

    public struct NearbySettlement: Equatable, Sendable {
        public var settlement: Settlement
        public var distance: Double
        /// Azimuth from the settlement to the location, degrees from north.
        public var bearing: Double
        /// "4.2 km SE of Sotk".
        public var phrase: String

        public init(settlement: Settlement, distance: Double, bearing: Double, phrase: String) {
            self.settlement = settlement
            self.distance = distance
            self.bearing = bearing
            self.phrase = phrase
        }
    }

    public var location: IncidentLocation
    /// The position measured from (the place, or a representative point of
    /// a sector or province).
    public var coordinate: Coordinate
    /// How the name was resolved.
    public var resolution: String
    /// The gazetteer settlement the location names, when it names one.
    public var settlementID: String?
    public var country: String?
    public var province: Province?
    /// The district holding the point, in a pack that has districts; nil
    /// where the position stands for a whole province or border sector.
    public var district: District?
    public var borderDistance: Double
    public var nearestSegment: String
    public var nearestBorderPoint: Coordinate
    /// "ARM", "AZE", another ISO3, or "uncertain".
    public var side: String
    public var sideBasis: SideBasis
    public var withinTolerance: Bool
    public var toleranceMetres: Double
    public var inside1991Oblast: Bool
    /// The exclave the point lies in, if any: its ring's segment carries
    /// `deJure` and `controlledBy`. `country` is the de jure one.
    public var exclave: BorderSegment?
    public var nearby: [NearbySettlement]
    /// The theatre pack the answer comes from (that of the country holding
    /// the point, else of the nearest line); nil for a bare folder of layers.
    public var theatre: String?
    /// The side on a day asked for and today (see `Relater.datedSide`); nil
    /// unless a day was asked for.
    public var dated: DatedSide?

    public init(
        location: IncidentLocation, coordinate: Coordinate, resolution: String, settlementID: String?,
        country: String?, province: Province?, borderDistance: Double, nearestSegment: String,
        nearestBorderPoint: Coordinate, side: String, sideBasis: SideBasis, withinTolerance: Bool,
        toleranceMetres: Double, inside1991Oblast: Bool, exclave: BorderSegment?, nearby: [NearbySettlement],
        theatre: String? = nil, district: District? = nil
    ) {
        self.location = location
        self.coordinate = coordinate
        self.resolution = resolution
        self.settlementID = settlementID
        self.country = country
        self.province = province
        self.borderDistance = borderDistance
        self.nearestSegment = nearestSegment
        self.nearestBorderPoint = nearestBorderPoint
        self.side = side
        self.sideBasis = sideBasis
        self.withinTolerance = withinTolerance
        self.toleranceMetres = toleranceMetres
        self.inside1991Oblast = inside1991Oblast
        self.exclave = exclave
        self.nearby = nearby
        self.theatre = theatre
        self.district = district
    }
}

/// What the engine says of a whole incident: each location, and the extent.
public struct IncidentRelation: Equatable, Sendable {
    public var incident: Incident
    public var locations: [LocationRelation]
    /// The box around all locations.
    public var extent: Envelope?
    /// The greatest geodesic distance between two of its locations.
    public var spreadMetres: Double

    public init(incident: Incident, locations: [LocationRelation], extent: Envelope?, spreadMetres: Double) {
        self.incident = incident
        self.locations = locations
        self.extent = extent
        self.spreadMetres = spreadMetres
    }

    /// With the extent and spread measured from the locations' coordinates.
    public init(incident: Incident, locations: [LocationRelation]) {
        let points = locations.map(\.coordinate)
        var spread = 0.0
        for i in points.indices {
            for j in points.indices where j > i { spread = max(spread, Geodesic.distance(points[i], points[j])) }
        }
        self.init(incident: incident, locations: locations, extent: Envelope(covering: points), spreadMetres: spread)
    }
}
