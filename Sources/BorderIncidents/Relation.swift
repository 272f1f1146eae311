import BorderGeodata
import GeometryCore

/// What the engine says of one location: where it is, in which province,
/// how far from the border and on which side, and what is near.
public struct LocationRelation: Sendable {
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

    public struct NearbySettlement: Sendable {
        public var settlement: Settlement
        public var distance: Double
        /// Azimuth from the settlement to the location, degrees from north.
        public var bearing: Double
        /// "4.2 km SE of Sotk".
        public var phrase: String
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
    public var theatre: String? = nil
}

/// What the engine says of a whole incident: each location, and the extent.
public struct IncidentRelation: Sendable {
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
}
