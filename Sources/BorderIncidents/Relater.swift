import BorderGeodata
import GeometryCore

/// Relates incidents and points to the geodata.
public struct Relater: Sendable {
    public enum RelateError: Error, Sendable, CustomStringConvertible {
        case lookup(Gazetteer.LookupError)
        case notAProvince(String)
        case geometry(GeometryError)

        public var description: String {
            switch self {
            case let .lookup(e): e.description
            case let .notAProvince(name): "'\(name)' names no province, so no border sector"
            case let .geometry(e): e.description
            }
        }
    }

    public let geodata: Geodata
    public let gazetteer: Gazetteer
    /// How many nearby settlements each relation lists.
    public var nearbyCount = 3

    public init(geodata: Geodata) {
        self.geodata = geodata
        gazetteer = Gazetteer(geodata: geodata)
    }

    public func relate(_ incident: Incident) throws(RelateError) -> IncidentRelation {
        // Resolve unambiguous places first, so that ambiguous ones can be
        // settled by nearness to them.
        var anchors: [Coordinate] = []
        for location in incident.locations {
            if case let .place(name) = location.kind, case let found = gazetteer.candidates(name), found.count == 1,
                case let .settlement(s)? = found.first
            {
                anchors.append(s.coordinate)
            }
        }
        let hint = anchors.first
        var relations: [LocationRelation] = []
        for location in incident.locations { relations.append(try relate(location, near: hint)) }
        return IncidentRelation(incident: incident, locations: relations)
    }

    public func relate(_ location: IncidentLocation, near hint: Coordinate? = nil) throws(RelateError)
        -> LocationRelation
    {
        var named: Settlement?
        let coordinate: Coordinate
        let resolution: String
        switch location.kind {
        case let .point(c):
            coordinate = c
            resolution = "position given"
        case let .place(name):
            let match: Gazetteer.Match
            do { match = try gazetteer.resolve(name, near: hint) } catch { throw .lookup(error) }
            resolution = match.explanation
            switch match.target {
            case let .settlement(s):
                coordinate = s.coordinate
                named = s
            case let .province(p):
                coordinate = try representativePoint(p)
            }
        case let .province(name):
            let p = try province(named: name)
            coordinate = try representativePoint(p)
            resolution = "province \(p.name); measured from a point inside it"
        case let .borderSector(name):
            let p = try province(named: name)
            coordinate = try sectorPoint(p)
            resolution = "the border along \(p.name); measured from the middle of that stretch"
        }
        // A point standing for a province or a stretch of border is in some district, but says nothing of which.
        let standsForAnArea: Bool
        if case .point = location.kind { standsForAnArea = false } else { standsForAnArea = named == nil }
        var relation = try relate(
            coordinate, location: location, resolution: resolution, named: named, standsForAnArea: standsForAnArea)
        relation.settlementID = named?.id
        return relation
    }

    /// The few facts the bulk path computes for a bare point; `relate(point:)`
    /// gives the same values and more.
    public struct PointFacts: Equatable, Sendable {
        public var country: String?
        public var province: String?
        public var borderDistance: Double
        public var nearestSegment: String
        /// "ARM", "AZE", another ISO3, "none", or "uncertain" within the tolerance.
        public var side: String
        public var nearestSettlement: String?
        public var nearestSettlementDistance: Double?
    }

    public func facts(at c: Coordinate) throws(RelateError) -> PointFacts {
        let placed = try placement(at: c)
        let nearest = geodata.nearestSettlement(to: c)
        return PointFacts(
            country: placed.country, province: placed.province?.id, borderDistance: placed.border.distance,
            nearestSegment: placed.border.segment.id, side: Self.side(of: placed),
            nearestSettlement: nearest?.settlement.id, nearestSettlementDistance: nearest?.distance)
    }

    /// Where a point is: border proximity, province and country. Shared by
    /// the one-point relation and the bulk facts, so they cannot disagree.
    private struct Placement {
        var border: (distance: Double, segment: BorderSegment, nearestPoint: Coordinate)
        var province: Province?
        var country: String?
        var withinTolerance: Bool { border.distance <= border.segment.toleranceMetres }
    }

    private func placement(at c: Coordinate) throws(RelateError) -> Placement {
        let border: (distance: Double, segment: BorderSegment, nearestPoint: Coordinate)
        do { border = try geodata.borderProximity(at: c) } catch { throw .geometry(error) }
        let province = geodata.province(at: c)
        return Placement(border: border, province: province, country: province?.country ?? geodata.country(at: c)?.iso3)
    }

    /// The side of a bare point: the polygon's beyond the tolerance, else "uncertain".
    private static func side(of placed: Placement) -> String {
        placed.withinTolerance ? "uncertain" : placed.country ?? "none"
    }

    /// One answer for country, province and side. Beyond the tolerance all
    /// three are the polygons'. Within it a named place keeps the gazetteer's
    /// own country and province (checked against its source when the
    /// gazetteer was built) and that country is its side; a bare point keeps
    /// the polygons' country and province and its side is "uncertain".
    private func answer(_ placed: Placement, named: Settlement?)
        -> (country: String?, province: Province?, side: String, basis: LocationRelation.SideBasis)
    {
        if !placed.withinTolerance { return (placed.country, placed.province, placed.country ?? "none", .polygon) }
        if let named, let country = named.country {
            return (country, named.province.flatMap(geodata.province(id:)), country, .gazetteer)
        }
        return (placed.country, placed.province, "uncertain", .uncertain)
    }

    /// The relation of a gazetteer settlement, named as such.
    public func relate(settlement s: Settlement) throws(RelateError) -> LocationRelation {
        var relation = try relate(
            s.coordinate,
            location: IncidentLocation(
                kind: .place(s.name), precision: 1, relation: "at",
                claimedBy: nil, sources: []),
            resolution: "settlement \(s.id)", named: s)
        relation.settlementID = s.id
        return relation
    }

    /// The relation of a bare point.
    public func relate(point c: Coordinate) throws(RelateError) -> LocationRelation {
        try relate(
            c, location: IncidentLocation(kind: .point(c), precision: 1, relation: "at", claimedBy: nil, sources: []),
            resolution: "position given", named: nil)
    }

    private func relate(
        _ c: Coordinate, location: IncidentLocation, resolution: String,
        named: Settlement?, standsForAnArea: Bool = false
    ) throws(RelateError) -> LocationRelation {
        let placed = try placement(at: c)
        let (country, province, side, basis) = answer(placed, named: named)
        let nearby = geodata.nearestSettlements(to: c, count: nearbyCount).map {
            n -> LocationRelation.NearbySettlement in
            let bearing = Geodesic.azimuth(from: n.settlement.coordinate, to: c)
            let phrase =
                n.distance < 50
                ? "at \(n.settlement.name)"
                : "\(Self.kilometres(n.distance)) km \(CompassPoint.name(forAzimuth: bearing)) of \(n.settlement.name)"
            return .init(settlement: n.settlement, distance: n.distance, bearing: bearing, phrase: phrase)
        }
        return LocationRelation(
            location: location, coordinate: c, resolution: resolution, settlementID: nil,
            country: country, province: province, borderDistance: placed.border.distance,
            nearestSegment: placed.border.segment.id, nearestBorderPoint: placed.border.nearestPoint,
            side: side, sideBasis: basis, withinTolerance: placed.withinTolerance,
            toleranceMetres: placed.border.segment.toleranceMetres,
            inside1991Oblast: geodata.isInside1991Oblast(c),
            // An exclave by polygon only when the answer keeps its de jure country.
            exclave: geodata.exclave(at: c).flatMap { $0.deJure == country ? $0 : nil }, nearby: nearby,
            theatre: (country.flatMap(geodata.theatre(ofCountry:))
                ?? geodata.theatre(ofSegment: placed.border.segment.id))?
                .id,
            district: standsForAnArea ? nil : country.flatMap { geodata.district(at: c, country: $0) })
    }

    static func kilometres(_ metres: Double) -> String {
        let tenths = (metres / 100).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)"
    }

    private func province(named name: String) throws(RelateError) -> Province {
        for target in gazetteer.candidates(name) {
            if case let .province(p) = target { return p }
        }
        throw .notAProvince(name)
    }

    private func representativePoint(_ p: Province) throws(RelateError) -> Coordinate {
        do throws(GeometryError) { return try p.middle() } catch { throw .geometry(error) }
    }

    /// The middle of the longest stretch of border within 2 km of the province.
    private func sectorPoint(_ p: Province) throws(RelateError) -> Coordinate {
        do throws(GeometryError) {
            let zone = try MetricProjection.caucasus.buffer(p.geometry, metres: 2_000, quadrantSegments: 4)
            let lines = geodata.border.flatMap(\.geometry.lineStrings)
            let stretch = try Geometry.multiLineString(MultiLineString(lines)).intersection(zone).lineMerge()
                .lineStrings
            guard let longest = stretch.max(by: { Geodesic.length(of: $0) < Geodesic.length(of: $1) }) else {
                throw GeometryError.emptyGeometry("no border along \(p.name)")
            }
            return Self.midpoint(of: longest)
        } catch { throw .geometry(error) }
    }

    static func midpoint(of line: LineString) -> Coordinate {
        let half = Geodesic.length(of: line) / 2
        var walked = 0.0
        for k in 1..<line.coordinates.count {
            let a = line.coordinates[k - 1], b = line.coordinates[k]
            let d = Geodesic.distance(a, b)
            if walked + d >= half, d > 0 { return Geodesic.intermediate(from: a, to: b, fraction: (half - walked) / d) }
            walked += d
        }
        return line.coordinates[line.coordinates.count - 1]
    }
}
