import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// Incidents along the line: where each located place lies along its
/// nearest border segment, how deep on which side, and the counts per
/// segment, per 10 km of it and per band of depth.
public struct LineProfile: Sendable {
    /// One located place of a counted incident.
    public struct Placement: Sendable {
        public var incidentID: String
        public var type: EventType
        public var date: IncidentDate
        public var place: String
        public var segment: String
        /// Metres along the segment from its first vertex.
        public var chainageMetres: Double
        /// Geodesic metres from the line, positive on `positiveSide`.
        public var signedMetres: Double
        /// The relation's side: a country code or "uncertain".
        public var side: String
    }

    /// Incidents near one segment, per stretch of `binMetres`.
    public struct SegmentCounts: Sendable {
        public var segment: String
        public var name: String
        public var lengthMetres: Double
        /// Distinct incidents with a place nearest this segment.
        public var incidents: Int
        /// Distinct incidents per stretch, the first from 0 to `binMetres`.
        public var perStretch: [Int]
    }

    /// Upper bounds of the depth bands, metres; the last band is open.
    public static let depthBands: [Double] = [1_000, 5_000, 15_000, 50_000]
    public static let binMetres = 10_000.0

    public var positiveSide: String
    public var placements: [Placement]
    public var segments: [SegmentCounts]
    /// Located places per side and depth band (`depthBands`, then beyond).
    public var depthBySide: [String: [Int]]

    /// `positiveSide` is the country whose side of the line counts positive
    /// (given, else each place's theatre's `positive_side`, else ARM); a
    /// place whose side is uncertain is signed by the country polygon holding it.
    public init(
        _ subjects: [(relation: IncidentRelation, places: [LocationRelation])], border: [BorderSegment],
        chainage: LineChainage, positiveSide: String? = nil, theatres: [TheatreManifest] = []
    ) throws(GeometryError) {
        try self.init(
            subjects.map { IncidentFacts($0.relation, places: $0.places) }, border: border, chainage: chainage,
            positiveSide: positiveSide, theatres: theatres)
    }

    /// From incidents' facts, each with the places that matched.
    public init(
        _ subjects: [IncidentFacts], border: [BorderSegment], chainage: LineChainage, positiveSide: String? = nil,
        theatres: [TheatreManifest] = []
    ) throws(GeometryError) {
        let byTheatre = Dictionary(theatres.map { ($0.id, $0.positiveSide) }, uniquingKeysWith: { a, _ in a })
        func positive(_ l: PlaceFacts) -> String { positiveSide ?? l.theatre.flatMap { byTheatre[$0] } ?? "ARM" }
        self.positiveSide =
            positiveSide ?? (theatres.isEmpty ? "ARM" : theatres.map(\.positiveSide).joined(separator: " or "))
        var placements: [Placement] = []
        var stretches: [String: [Int: Set<String>]] = [:]
        var depth: [String: [Int]] = [:]
        for incident in subjects {
            for l in incident.places {
                guard let along = try chainage.chainage(of: l.nearestBorderPoint, on: l.nearestSegment) else {
                    continue
                }
                let owner = l.side == "uncertain" ? l.country : l.side
                let signed = owner == positive(l) ? l.borderDistance : -l.borderDistance
                placements.append(
                    Placement(
                        incidentID: incident.id, type: incident.type, date: incident.date, place: l.name,
                        segment: l.nearestSegment, chainageMetres: along,
                        signedMetres: signed, side: l.side))
                stretches[l.nearestSegment, default: [:]][Int(along / Self.binMetres), default: []].insert(
                    incident.id)
                let band = Self.depthBands.firstIndex { l.borderDistance < $0 } ?? Self.depthBands.count
                depth[l.side, default: Array(repeating: 0, count: Self.depthBands.count + 1)][band] += 1
            }
        }
        self.placements = placements
        depthBySide = depth
        segments = border.compactMap { s in
            guard let length = chainage.length(of: s.id) else { return nil }
            let bins = stretches[s.id] ?? [:]
            var per = Array(repeating: 0, count: max(1, Int((length / Self.binMetres).rounded(.up))))
            for (k, ids) in bins { per[min(k, per.count - 1)] += ids.count }
            return SegmentCounts(
                segment: s.id, name: s.name, lengthMetres: length,
                incidents: Set(bins.values.flatMap { $0 }).count, perStretch: per)
        }
    }

    /// "0–1 km", "1–5 km", …, "50+ km".
    public static var depthLabels: [String] {
        var labels: [String] = []
        var low = 0.0
        for b in depthBands {
            labels.append("\(Int(low / 1000))–\(Int(b / 1000)) km")
            low = b
        }
        return labels + ["\(Int(low / 1000))+ km"]
    }
}
