import BorderIncidents
import GeometryCore

/// What counting an incident reads of it (`stats` as a table), in three
/// parts that many incidents share: its date, its located places (each
/// place's distance from the line kept only as its depth band) and what
/// happened with who claimed which losses. A store keeps each distinct part
/// once, as its signature, and each incident as the three parts' ids
/// (`CountedIncidents`), so that counting a million incidents reads three
/// integers for each.
public struct CountedIncident: Hashable, Sendable {
    /// Which of the three parts a signature is.
    public enum Part: Int, Sendable, CaseIterable {
        case date = 1, places = 2, what = 3
    }

    public var date: String
    public var places: String
    public var what: String

    /// Upper bounds of the bands of distance from the line, metres; the last band is open.
    public static let depthBands: [Double] = [1_000, 5_000, 15_000, 50_000]

    /// The band of a distance from the line: the index of the first bound above it.
    public static func depthBand(of metres: Double) -> Int {
        depthBands.firstIndex { metres < $0 } ?? depthBands.count
    }

    public init(_ facts: IncidentFacts) {
        date = SignatureCodec.encode([
            [facts.date.start.description, facts.date.end.description, facts.date.precision.rawValue]
        ])
        places = SignatureCodec.encode(
            facts.places.map { p in
                [
                    p.provinceID, p.nearestSegment, p.side, p.theatre, p.country,
                    String(Self.depthBand(of: p.borderDistance)),
                    p.nearestBorderPoint.longitude.description, p.nearestBorderPoint.latitude.description,
                ] + (p.districtID.map { [$0] } ?? [])
            })
        let figures: [[String?]] = facts.figures.map { f in
            [f.claimant, f.side, f.kind.rawValue, String(f.figure.low), f.figure.high.map(String.init)]
        }
        what = SignatureCodec.encode([[facts.type.rawValue] + facts.sides, facts.claimants] + figures)
    }

    public func signature(of part: Part) -> String {
        switch part {
        case .date: date
        case .places: places
        case .what: what
        }
    }

    /// The date a `date` signature stands for (its reading is not kept); nil for a signature this did not write.
    public static func date(from signature: String) -> IncidentDate? {
        guard let r = SignatureCodec.decode(signature), r.count == 1, r[0].count == 3,
            let start = r[0][0].flatMap(Day.init(iso:)), let end = r[0][1].flatMap(Day.init(iso:)),
            let precision = r[0][2].flatMap(IncidentDate.Precision.init(rawValue:))
        else { return nil }
        return IncidentDate(start: start, end: end, precision: precision, reading: "")
    }

    /// The places a `places` signature stands for, as counting reads them: no
    /// name, the nearest border point for a coordinate, and for a distance
    /// the least of its depth band. Nil for a signature this did not write.
    public static func places(from signature: String) -> [PlaceFacts]? {
        guard !signature.isEmpty else { return [] }
        guard let records = SignatureCodec.decode(signature) else { return nil }
        var places: [PlaceFacts] = []
        for r in records {
            // A ninth field is the district, where the place has one (a store before districts has eight).
            guard r.count == 8 || r.count == 9, let segment = r[1], let side = r[2],
                let band = r[5].flatMap({ Int($0) }),
                band >= 0, band <= depthBands.count, let lon = r[6].flatMap({ Double($0) }),
                let lat = r[7].flatMap({ Double($0) }), let point = try? Coordinate(longitude: lon, latitude: lat)
            else { return nil }
            places.append(
                PlaceFacts(
                    name: "", coordinate: point, country: r[4], provinceID: r[0], provinceName: nil,
                    borderDistance: band == 0 ? 0 : depthBands[band - 1], nearestSegment: segment,
                    nearestBorderPoint: point, side: side, theatre: r[3], districtID: r.count == 9 ? r[8] : nil))
        }
        return places
    }

    /// What happened and who claimed what, as a `what` signature gives it.
    public struct What: Sendable {
        public var type: EventType
        public var sides: [String]
        public var claimants: [String]
        public var figures: [ClaimedFigure]
    }

    /// Nil for a signature this did not write.
    public static func what(from signature: String) -> What? {
        guard let r = SignatureCodec.decode(signature), r.count >= 2, let first = r[0].first,
            let type = first.flatMap(EventType.init(rawValue:))
        else { return nil }
        let sides = r[0].dropFirst().compactMap { $0 }
        let claimants = r[1].compactMap { $0 }
        guard sides.count == r[0].count - 1, claimants.count == r[1].count else { return nil }
        var figures: [ClaimedFigure] = []
        for f in r.dropFirst(2) {
            guard f.count == 5, let claimant = f[0], let side = f[1],
                let kind = f[2].flatMap(CasualtyKind.init(rawValue:)), let low = f[3].flatMap({ Int($0) })
            else { return nil }
            let high = f[4].flatMap { Int($0) }
            guard f[4] == nil || high != nil else { return nil }
            figures.append(
                ClaimedFigure(claimant: claimant, side: side, kind: kind, figure: CasualtyFigure(low: low, high: high)))
        }
        return What(type: type, sides: sides, claimants: claimants, figures: figures)
    }
}
