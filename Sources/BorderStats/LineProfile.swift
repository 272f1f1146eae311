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
    public static let depthBands = CountedIncident.depthBands
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

    /// From incidents' facts, each with the places that matched. Without
    /// `placing`, `placements` is left empty: the counts per segment and
    /// depth are all a table shows, and a million placements cost memory.
    public init(
        _ subjects: [IncidentFacts], border: [BorderSegment], chainage: LineChainage, positiveSide: String? = nil,
        theatres: [TheatreManifest] = [], placing: Bool = true
    ) throws(GeometryError) {
        var builder = Builder(
            border: border, chainage: chainage, positiveSide: positiveSide, theatres: theatres, placing: placing)
        for incident in subjects { try builder.add(incident) }
        self = builder.profile
    }

    init(positiveSide: String, placements: [Placement], segments: [SegmentCounts], depthBySide: [String: [Int]]) {
        self.positiveSide = positiveSide
        self.placements = placements
        self.segments = segments
        self.depthBySide = depthBySide
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
