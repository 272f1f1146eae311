import BorderIncidents
import GeometryCore

/// Where and when every incidents feature is, without the incidents: the
/// incident's id and days once per incident, and per feature (one per
/// located place, in catalog order) its incident, place index and position.
/// A million features take about 40 MB here, against gigabytes for the
/// incidents related and encoded.
public struct IncidentOutline: Sendable {
    public struct Place: Sendable {
        /// Position of the incident in `incidentIDs`.
        public var incident: Int32
        /// The place's index within its incident (the feature id's number less one).
        public var index: Int32
        public var longitude: Double
        public var latitude: Double
    }

    public private(set) var incidentIDs: [String] = []
    /// Per incident: its first and last day, ISO text as the features' `date_start` and `date_end`.
    public private(set) var days: [(start: String, end: String)] = []
    public private(set) var places: [Place] = []

    public init() {}

    /// Adds a place; a place of another incident than the last starts that incident.
    public mutating func append(incidentID: String, start: Day, end: Day, index: Int, coordinate: Coordinate) {
        if incidentIDs.last != incidentID {
            incidentIDs.append(incidentID)
            days.append((start.description, end.description))
        }
        places.append(
            Place(
                incident: Int32(incidentIDs.count - 1), index: Int32(index), longitude: coordinate.longitude,
                latitude: coordinate.latitude))
    }

    /// The feature id of place `k`, as `MapLayers` writes it.
    func featureID(_ k: Int) -> String { "\(incidentIDs[Int(places[k].incident)])#\(places[k].index + 1)" }

    /// The box around every place.
    var extent: Envelope? {
        guard !places.isEmpty else { return nil }
        var box = Envelope(
            minLongitude: .infinity, minLatitude: .infinity, maxLongitude: -.infinity, maxLatitude: -.infinity)
        for p in places {
            box.minLongitude = min(box.minLongitude, p.longitude)
            box.maxLongitude = max(box.maxLongitude, p.longitude)
            box.minLatitude = min(box.minLatitude, p.latitude)
            box.maxLatitude = max(box.maxLatitude, p.latitude)
        }
        return box
    }

    /// The earliest first day and the latest last day of the incidents with a place.
    var temporal: (String, String)? {
        guard !days.isEmpty else { return nil }
        return (days.map(\.start).min()!, days.map(\.end).max()!)
    }
}
