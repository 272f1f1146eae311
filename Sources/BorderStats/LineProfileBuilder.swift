import BorderGeodata
import BorderQueries
import GeometryCore

extension LineProfile {
    /// Places incidents along the line one at a time, as a store reads them;
    /// `profile` is the same `LineProfile` as placing them all together.
    public struct Builder: Sendable {
        private let border: [BorderSegment]
        /// What the profile names positive: the given side, else each theatre's.
        private let positiveLabel: String
        /// The side the caller named positive, which overrides every theatre's.
        private let givenPositiveSide: String?
        private let positiveOfTheatre: [String: String]
        private let placing: Bool
        private let line: LineChainage?
        private var measured: MeasuredChainage?
        private var placements: [Placement] = []
        private var stretches = DistinctTally()
        private var depth: [String: [Int]] = [:]
        private var ordinal = 0

        /// As `LineProfile.init(_:border:chainage:positiveSide:theatres:placing:)`;
        /// without `chainage` nothing is placed and no segment counted.
        public init(
            border: [BorderSegment], chainage: LineChainage?, positiveSide: String? = nil,
            theatres: [TheatreManifest] = [], placing: Bool = true
        ) {
            self.border = chainage == nil ? [] : border
            positiveLabel =
                positiveSide ?? (theatres.isEmpty ? "ARM" : theatres.map(\.positiveSide).joined(separator: " or "))
            positiveOfTheatre = Dictionary(
                theatres.map { ($0.id, $0.positiveSide) }, uniquingKeysWith: { a, _ in a })
            self.placing = placing
            line = chainage
            measured = chainage.map(MeasuredChainage.init)
            givenPositiveSide = positiveSide
        }

        private func positive(_ l: PlaceFacts) -> String {
            givenPositiveSide ?? l.theatre.flatMap { positiveOfTheatre[$0] } ?? "ARM"
        }

        /// Places `incident`, or `times` incidents with the same places (then nothing is listed: `placing` must be off).
        public mutating func add(_ incident: IncidentFacts, times: Int = 1) throws(GeometryError) {
            precondition(times == 1 || !placing, "a placement is one incident's")
            defer { ordinal += 1 }
            guard measured != nil else { return }
            for l in incident.places {
                guard let along = try measured!.chainage(of: l.nearestBorderPoint, on: l.nearestSegment) else {
                    continue
                }
                let owner = l.side == "uncertain" ? l.country : l.side
                let signed = owner == positive(l) ? l.borderDistance : -l.borderDistance
                if placing {
                    placements.append(
                        Placement(
                            incidentID: incident.id, type: incident.type, date: incident.date, place: l.name,
                            segment: l.nearestSegment, chainageMetres: along, signedMetres: signed, side: l.side))
                }
                stretches.count(
                    ordinal, in: l.nearestSegment, stretch: Int(along / LineProfile.binMetres), times: times)
                let band = CountedIncident.depthBand(of: l.borderDistance)
                depth[l.side, default: Array(repeating: 0, count: LineProfile.depthBands.count + 1)][band] += times
            }
        }

        /// What was placed, with every segment of the border counted.
        public var profile: LineProfile {
            let segments = border.compactMap { s -> SegmentCounts? in
                guard let length = line?.length(of: s.id) else { return nil }
                var per = Array(repeating: 0, count: max(1, Int((length / LineProfile.binMetres).rounded(.up))))
                for (k, n) in stretches.perStretch(of: s.id) { per[min(k, per.count - 1)] += n }
                return SegmentCounts(
                    segment: s.id, name: s.name, lengthMetres: length, incidents: stretches.incidents(near: s.id),
                    perStretch: per)
            }
            return LineProfile(
                positiveSide: positiveLabel, placements: placements, segments: segments, depthBySide: depth)
        }
    }
}
