import Foundation
import GeometryCore

/// All bundled layers, loaded once into indexed, prepared structures.
///
/// Safe to share between tasks: every GEOS-backed member locks around its
/// own context (see `GeometryCore`'s thread policy).
public final class Geodata: Sendable {
    public let countries: [Country]
    public let provinces: [Province]
    /// Second-level units, of the packs that have them.
    public var districts: [District] { districtLookup.districts }
    public let border: [BorderSegment]
    public let historicalLines: [HistoricalLine]
    public let settlements: [Settlement]
    /// The packs the layers come from, in load order (empty for a bare folder of layers).
    public let theatres: [TheatreManifest]
    /// Which pack each feature comes from.
    let membership: TheatreMembership
    /// The older versions of the lines of packs that list more than one.
    let datedLines: DatedLines

    private let countryShapes: [PreparedGeometry]
    private let provinceShapes: [PreparedGeometry]
    private let provinceIndex: SpatialIndex
    private let districtLookup: DistrictLookup
    private let borderNearest: GeodesicNearest
    /// Which border segment each line of `borderNearest` belongs to.
    private let borderLineSegment: [Int]
    private let settlementIndex: SpatialIndex
    private let provincesByID: [String: Int]
    private let settlementsByID: [String: Int]
    /// The 1991 oblast of Nagorno-Karabakh as an area, when the layer has it.
    private let oblast1991: PreparedGeometry?
    /// The area each exclave ring of `border` closes, with its segment's index.
    private let exclaveAreas: [(segment: Int, area: PreparedGeometry)]

    public init(
        countries: [Country], provinces: [Province], border: [BorderSegment],
        historicalLines: [HistoricalLine], settlements: [Settlement], districts: [District] = [],
        theatres: [TheatreManifest] = [], membership: TheatreMembership = TheatreMembership(),
        datedLines: DatedLines = DatedLines()
    ) throws(GeodataError) {
        self.theatres = theatres
        self.membership = membership
        self.datedLines = datedLines
        self.countries = countries
        self.provinces = provinces
        self.border = border
        self.historicalLines = historicalLines
        self.settlements = settlements
        do {
            countryShapes = try countries.map { g throws(GeometryError) in try PreparedGeometry(g.geometry) }
            provinceShapes = try provinces.map { p throws(GeometryError) in try PreparedGeometry(p.geometry) }
            provinceIndex = try SpatialIndex(provinces.map(\.geometry))
            districtLookup = try DistrictLookup(districts)
            var lines: [LineString] = []
            var owners: [Int] = []
            for (i, segment) in border.enumerated() {
                for line in segment.geometry.lineStrings {
                    lines.append(line)
                    owners.append(i)
                }
            }
            // A projection of its own, so that copies for workers share no lock.
            borderNearest = try GeodesicNearest(lines: lines, projection: try Self.metricProjection(for: lines))
            borderLineSegment = owners
            settlementIndex = try SpatialIndex(settlements.map { .point(Point($0.coordinate)) })
            oblast1991 = try historicalLines.first { $0.id == "nkao-1991-area" }.map { l throws(GeometryError) in
                try PreparedGeometry(l.geometry)
            }
            var exclaves: [(segment: Int, area: PreparedGeometry)] = []
            for (i, segment) in border.enumerated() where segment.isExclave {
                let rings = try segment.geometry.lineStrings.filter(\.isClosed).map { l throws(GeometryError) in
                    Polygon(exterior: try LinearRing(l.coordinates))
                }
                exclaves.append((i, try PreparedGeometry(.multiPolygon(MultiPolygon(rings)))))
            }
            exclaveAreas = exclaves
        } catch {
            throw .geometry(error.description)
        }
        provincesByID = Dictionary(provinces.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        settlementsByID = Dictionary(settlements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The Caucasus projection where it holds its scale error (37.5–42.5° N,
    /// which the first two theatres' lines lie in); else a conic fitted to the lines.
    static func metricProjection(for lines: [LineString]) throws(GeometryError) -> MetricProjection {
        let extent = Envelope(covering: lines.flatMap(\.coordinates))
        guard let extent, extent.minLatitude < 37.5 || extent.maxLatitude > 42.5 else { return try MetricProjection() }
        return try MetricProjection.conformal(around: extent)
    }

    // MARK: Lookups

    /// The country whose polygon covers the point.
    public func country(at c: Coordinate) -> Country? {
        for (i, shape) in countryShapes.enumerated() where (try? shape.coversPoint(c)) == true {
            return countries[i]
        }
        return nil
    }

    /// The province whose polygon covers the point.
    public func province(at c: Coordinate) -> Province? {
        let box = Envelope(
            minLongitude: c.longitude, minLatitude: c.latitude, maxLongitude: c.longitude, maxLatitude: c.latitude)
        for i in provinceIndex.query(box) where (try? provinceShapes[i].coversPoint(c)) == true {
            return provinces[i]
        }
        return nil
    }

    /// Whether the point lies inside the 1991 Nagorno-Karabakh Autonomous Oblast.
    public func isInside1991Oblast(_ c: Coordinate) -> Bool {
        (try? oblast1991?.coversPoint(c)) == true
    }

    /// The exclave segment whose ring holds the point (its `deJure` and
    /// `controlledBy` say whose it is and who holds it).
    public func exclave(at c: Coordinate) -> BorderSegment? {
        exclaveAreas.first { (try? $0.area.coversPoint(c)) == true }.map { border[$0.segment] }
    }

    public func province(id: String) -> Province? { provincesByID[id].map { provinces[$0] } }

    /// The district of `country` that holds the point (or, just outside every
    /// one, the nearest: see `DistrictLookup`); nil where that country's pack has no districts.
    public func district(at c: Coordinate, country: String) -> District? {
        districtLookup.district(at: c, country: country)
    }

    public func district(id: String) -> District? { districtLookup.district(id: id) }

    public func settlement(id: String) -> Settlement? { settlementsByID[id].map { settlements[$0] } }

    /// How far the point is from the nearest border line of the loaded theatres, geodesically.
    public func borderProximity(at c: Coordinate) throws(GeometryError) -> (
        distance: Double, segment: BorderSegment, nearestPoint: Coordinate
    ) {
        let r = try borderNearest.nearest(to: c)
        return (r.distance, border[borderLineSegment[r.lineIndex]], r.nearestPoint)
    }

    /// Settlements within `metres` of the point, nearest first.
    public func settlements(within metres: Double, of c: Coordinate) -> [(settlement: Settlement, distance: Double)] {
        var found: [(Settlement, Double)] = []
        for i in settlementIndex.query(Envelope.around(c, metres: metres)) {
            let d = Geodesic.distance(c, settlements[i].coordinate)
            if d <= metres { found.append((settlements[i], d)) }
        }
        return found.sorted { $0.1 < $1.1 }
    }

    /// The settlement nearest to the point, geodesically.
    public func nearestSettlement(to c: Coordinate) -> (settlement: Settlement, distance: Double)? {
        // The nearest in degrees bounds the search; the geodesic nearest lies within that distance.
        let planar = { (i: Int) -> Double in
            let s = self.settlements[i].coordinate
            let dx = s.longitude - c.longitude, dy = s.latitude - c.latitude
            return (dx * dx + dy * dy).squareRoot()
        }
        guard let first = (try? settlementIndex.nearest(to: c, itemDistance: planar)) ?? nil else { return nil }
        let bound = Geodesic.distance(c, settlements[first].coordinate)
        var best = (first, bound)
        // The flat estimate (within 0.3% up to 300 km) skips the candidates
        // that cannot win before any geodesic is solved.
        let prefilter = bound <= 300_000
        settlementIndex.forEach(in: Envelope.around(c, metres: bound)) { i in
            guard i != first else { return }
            let s = settlements[i].coordinate
            if prefilter, Geodesic.flatDistance(c, s) > best.1 * 1.01 + 10 { return }
            let d = Geodesic.distance(c, s)
            if d < best.1 || (d == best.1 && i < best.0) { best = (i, d) }
        }
        return (settlements[best.0], best.1)
    }

    /// An independent copy with GEOS and PROJ handles of its own, for a
    /// worker thread that must not wait on the locks of this one.
    public func workerCopy() throws(GeodataError) -> Geodata {
        let dated: DatedLines
        do { dated = try datedLines.copy() } catch { throw .geometry(error.description) }
        return try Geodata(
            countries: countries, provinces: provinces, border: border,
            historicalLines: historicalLines, settlements: settlements, districts: districts, theatres: theatres,
            membership: membership, datedLines: dated)
    }

    /// The `count` settlements nearest to the point, nearest first (ties by
    /// load order); fewer when fewer lie within 2,000 km.
    public func nearestSettlements(to c: Coordinate, count: Int) -> [(settlement: Settlement, distance: Double)] {
        guard count > 0, let first = nearestSettlement(to: c) else { return [] }
        if count == 1 { return [first] }
        var radius = max(first.distance * 2, 5_000.0)
        while radius < 2_000_000 {
            if let found = nearestSettlementIndexes(to: c, count: count, within: radius) {
                return found.map { (settlements[$0.index], $0.distance) }
            }
            radius *= 2
        }
        return Array(settlements(within: radius, of: c).prefix(count))
    }

    /// The `count` settlements nearest to the point by (distance, index), nil
    /// when fewer than `count` lie within `metres`. Only the candidates whose
    /// flat estimate could beat the current `count`-th are measured geodesically.
    private func nearestSettlementIndexes(to c: Coordinate, count: Int, within metres: Double)
        -> [(index: Int, distance: Double)]?
    {
        let candidates = settlementIndex.query(Envelope.around(c, metres: metres), sorted: false)
        guard candidates.count >= count else { return nil }
        // The flat estimate is within 0.3% of the geodesic up to 300 km: a 1% margin never drops a winner.
        let prefilter = metres <= 300_000
        var best = NearestList(capacity: count)
        for i in candidates {
            let s = settlements[i].coordinate
            if prefilter {
                let flat = Geodesic.flatDistance(c, s)
                if flat > min(metres, best.worst) * 1.01 + 10 { continue }
            }
            let d = Geodesic.distance(c, s)
            if d <= metres { best.offer(index: i, distance: d) }
        }
        return best.isFull ? best.items : nil
    }
}
