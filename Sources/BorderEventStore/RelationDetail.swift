import BorderGeodata
import BorderIncidents
import GeometryCore

/// What a stored relation keeps beyond the columns queries select on: the
/// rest of `LocationRelation`, with settlements and segments by id.
public struct RelationDetail: Hashable, Sendable {
    public struct Nearby: Hashable, Sendable {
        public var settlementID: String
        public var distance: Double
        public var bearing: Double
        public var phrase: String

        public init(settlementID: String, distance: Double, bearing: Double, phrase: String) {
            self.settlementID = settlementID
            self.distance = distance
            self.bearing = bearing
            self.phrase = phrase
        }
    }

    public var resolution: String
    public var settlementID: String?
    public var nearestBorderPoint: Coordinate
    public var withinTolerance: Bool
    public var toleranceMetres: Double
    public var inside1991Oblast: Bool
    /// The id of the exclave's border segment.
    public var exclaveID: String?
    public var nearby: [Nearby]
    /// The theatre pack the answer came from.
    public var theatre: String?
    /// The district's id (schema 9; nil before, and where the pack has no districts).
    public var districtID: String?

    public init(
        resolution: String, settlementID: String?, nearestBorderPoint: Coordinate, withinTolerance: Bool,
        toleranceMetres: Double, inside1991Oblast: Bool, exclaveID: String?, nearby: [Nearby], theatre: String?,
        districtID: String? = nil
    ) {
        self.resolution = resolution
        self.settlementID = settlementID
        self.nearestBorderPoint = nearestBorderPoint
        self.withinTolerance = withinTolerance
        self.toleranceMetres = toleranceMetres
        self.inside1991Oblast = inside1991Oblast
        self.exclaveID = exclaveID
        self.nearby = nearby
        self.theatre = theatre
        self.districtID = districtID
    }

    public init(_ r: LocationRelation) {
        self.init(
            resolution: r.resolution, settlementID: r.settlementID, nearestBorderPoint: r.nearestBorderPoint,
            withinTolerance: r.withinTolerance, toleranceMetres: r.toleranceMetres,
            inside1991Oblast: r.inside1991Oblast, exclaveID: r.exclave?.id,
            nearby: r.nearby.map {
                Nearby(settlementID: $0.settlement.id, distance: $0.distance, bearing: $0.bearing, phrase: $0.phrase)
            }, theatre: r.theatre, districtID: r.district?.id)
    }
}

extension StoredRelation {
    /// The relation as `Relater` gave it on import, for `location`, with
    /// provinces, settlements and segments looked up in `geodata`; nil when
    /// the row predates the detail or names something `geodata` no longer
    /// holds (then the caller relates it again).
    public func locationRelation(for location: IncidentLocation, geodata: Geodata) -> LocationRelation? {
        guard let d = detail, let basis = LocationRelation.SideBasis(rawValue: sideBasis) else { return nil }
        var province: Province?
        if let provinceID {
            guard let p = geodata.province(id: provinceID) else { return nil }
            province = p
        }
        var district: District?
        if let id = d.districtID {
            guard let found = geodata.district(id: id) else { return nil }
            district = found
        }
        var exclave: BorderSegment?
        if let id = d.exclaveID {
            guard let s = geodata.border.first(where: { $0.id == id }) else { return nil }
            exclave = s
        }
        var nearby: [LocationRelation.NearbySettlement] = []
        for n in d.nearby {
            guard let s = geodata.settlement(id: n.settlementID) else { return nil }
            nearby.append(.init(settlement: s, distance: n.distance, bearing: n.bearing, phrase: n.phrase))
        }
        return LocationRelation(
            location: location, coordinate: coordinate, resolution: d.resolution, settlementID: d.settlementID,
            country: country, province: province, borderDistance: borderDistance, nearestSegment: segmentID,
            nearestBorderPoint: d.nearestBorderPoint, side: side, sideBasis: basis, withinTolerance: d.withinTolerance,
            toleranceMetres: d.toleranceMetres, inside1991Oblast: d.inside1991Oblast, exclave: exclave, nearby: nearby,
            theatre: d.theatre, district: district)
    }
}

/// The nearby settlements as one text column (both stores): a JSON array of
/// `[settlement id, metres, bearing, phrase]`, numbers in Swift's shortest
/// round-trip form, so they read back to the same doubles.
public enum NearbyColumn {
    public static func encode(_ nearby: [RelationDetail.Nearby]) -> String {
        var w = JSONWriter(capacity: 64 + 96 * nearby.count)
        w.byte(UInt8(ascii: "["))
        for (k, n) in nearby.enumerated() {
            if k > 0 { w.byte(UInt8(ascii: ",")) }
            w.byte(UInt8(ascii: "["))
            w.string(n.settlementID)
            w.bytes += Array(",\(n.distance),\(n.bearing),".utf8)
            w.string(n.phrase)
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "]"))
        return w.string
    }

    public static func decode(_ text: String) throws -> [RelationDetail.Nearby] {
        guard let items = (try? JSONParser.parse(text))?.arrayValue else {
            throw StoreError.corrupt("nearby settlements: not a JSON array")
        }
        return try items.map { item in
            guard let a = item.arrayValue, a.count == 4, let id = a[0].stringValue, let m = a[1].numberValue,
                let az = a[2].numberValue, let phrase = a[3].stringValue
            else { throw StoreError.corrupt("nearby settlements: \(item)") }
            return RelationDetail.Nearby(settlementID: id, distance: m, bearing: az, phrase: phrase)
        }
    }
}
