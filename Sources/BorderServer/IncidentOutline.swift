import BorderIncidents
import Foundation
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

    /// The incidents with a located place in a box around one of
    /// `coordinates` that holds every point within `metres` of it (more than
    /// that: the caller measures), in catalog order.
    public func incidentIDs(near coordinates: [Coordinate], within metres: Double) -> [String] {
        // A degree of latitude is at least 110.5 km, of longitude that times the cosine of the box's
        // widest latitude; a tenth more for the ellipsoid's flattening and rounding.
        let boxes = coordinates.map { c -> Envelope in
            let dLat = metres / 110_500 * 1.1
            let widest = min(89.9, abs(c.latitude) + dLat)
            let dLon = min(180, dLat / max(cos(widest * .pi / 180), 1e-6))
            return Envelope(
                minLongitude: c.longitude - dLon, minLatitude: c.latitude - dLat, maxLongitude: c.longitude + dLon,
                maxLatitude: c.latitude + dLat)
        }
        var seen = Set<Int32>()
        for p in places where !seen.contains(p.incident) {
            let inside = boxes.contains { box in
                guard p.latitude >= box.minLatitude && p.latitude <= box.maxLatitude else { return false }
                // A box past ±180° holds a place by its longitude one turn round.
                return [p.longitude, p.longitude - 360, p.longitude + 360].contains {
                    $0 >= box.minLongitude && $0 <= box.maxLongitude
                }
            }
            if inside { seen.insert(p.incident) }
        }
        return seen.sorted().map { incidentIDs[Int($0)] }
    }

    /// The positions of the located places of incident `id` (none when it has none).
    public func coordinates(ofIncident id: String) -> [Coordinate] {
        guard let k = incidentIDs.firstIndex(of: id) else { return [] }
        return places.filter { $0.incident == Int32(k) }.compactMap {
            try? Coordinate(longitude: $0.longitude, latitude: $0.latitude)
        }
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
