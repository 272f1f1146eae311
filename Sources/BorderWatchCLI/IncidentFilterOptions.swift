import ArgumentParser
import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The where-, when- and what-filters of `query` and `stats`: every filter
/// given must hold. Radius and border bands are geodesic metres on WGS84.
struct IncidentFilterOptions: ParsableArguments {
    @Option(help: "Centre on a named place (with --radius-km).")
    var near: String?

    @OptionGroup var point: PointOptions

    @Option(help: "Radius in km around --near or --lat/--lon.")
    var radiusKm: Double?

    @Option(help: "Bounding box west,south,east,north in degrees.")
    var bbox: String?

    @Option(help: "A GeoJSON Polygon or MultiPolygon (text, or a file holding it).")
    var within: String?

    @Option(help: "A province by id (AM-GR), name or alternate name.")
    var province: String?

    @Option(help: "Least distance from the border, km.")
    var borderMinKm: Double?

    @Option(help: "Greatest distance from the border, km.")
    var borderMaxKm: Double?

    @Option(help: "Measure the border band to this segment only (mainland, nakhchivan, exclave-...).")
    var segment: String?

    @Option(
        help: """
            Side of the border: a country code of the loaded theatres (ARM, AZE, KGZ, TJK, …) or uncertain (incidents); \
            a country code (settlements).
            """)
    var side: String?

    @Option(help: "Incidents on or after this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Incidents on or before this date (YYYY-MM-DD).")
    var to: String?

    @Option(
        name: .customLong("type"),
        help: "Event type (repeatable): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var types: [String] = []

    @Option(
        name: [.customLong("actor"), .customLong("party")],
        help: "Incidents a party took part in: a side code of the loaded theatres (ARM, AZE, NK, KGZ, TJK, …).")
    var actor: String?

    @Option(help: "Incidents whose conservative claimed killed (all sides) is at least this.")
    var minKilled: Int?

    /// Whether nothing but dates, types and parties is given, told before any
    /// name is resolved: what `incidentQuery(places:)` makes then
    /// `filtersOnlyDateTypeParty`.
    var givesOnlyDateTypeParty: Bool {
        // A named place or province filters by place, and so does any query it would make.
        queryBeforePacks(placing: { _ in nil })?.filtersOnlyDateTypeParty ?? false
    }

    /// The spatial filters, with names resolved against `places`.
    func spatialFilter(places: RelatedCatalog) throws -> SpatialFilter {
        try checkCodes(in: places.geodata)
        var center = try point.coordinate()
        if let near {
            guard center == nil else { throw CLIError.badInput("give --near or --lat/--lon, not both") }
            center = try BundledData.place(near, in: places).target.coordinate
        }
        return try spatialFilter(center: center)
    }

    /// The spatial filters around `center` (the point given or the place named).
    private func spatialFilter(center: Coordinate?) throws -> SpatialFilter {
        if radiusKm != nil, center == nil { throw CLIError.badInput("--radius-km needs --near or --lat/--lon") }
        if center != nil, radiusKm == nil { throw CLIError.badInput("--near and --lat/--lon need --radius-km") }
        if let r = radiusKm, !(r > 0) { throw CLIError.badInput("--radius-km \(r): must be positive") }
        let box: Envelope?
        do { box = try bbox.map(BoundingBoxText.parse) } catch {
            throw CLIError.badInput("--bbox '\(bbox!)': \(error)")
        }
        let polygon: Geometry?
        do { polygon = try within.map(PolygonInput.read) } catch {
            throw CLIError.badInput("--within: \(error)")
        }
        var spatial = SpatialFilter()
        spatial.center = center
        spatial.radiusMetres = radiusKm.map { $0 * 1000 }
        spatial.box = box
        spatial.polygon = polygon
        spatial.province = province
        spatial.borderMinMetres = borderMinKm.map { $0 * 1000 }
        spatial.borderMaxMetres = borderMaxKm.map { $0 * 1000 }
        return spatial
    }

    /// `--side` and `--actor` name codes the loaded packs define.
    func checkCodes(in geodata: Geodata) throws {
        let sides = geodata.sideCodes
        let countries = geodata.countryCodes + sides.filter { !geodata.countryCodes.contains($0) }
        if let side, !(countries + ["UNCERTAIN"]).contains(side.uppercased()) {
            throw CLIError.badInput(
                "--side \(side): not a side of the loaded theatres (\(countries.joined(separator: ", ")) or uncertain)")
        }
        if let actor, !sides.contains(actor.uppercased()) {
            throw CLIError.badInput(
                "--actor \(actor): not a side of the loaded theatres (\(sides.joined(separator: ", ")))")
        }
    }

    /// Every filter as an incident query.
    func incidentQuery(places: RelatedCatalog) throws -> IncidentQuery {
        try incidentQuery(spatial: try spatialFilter(places: places))
    }

    /// The query before the bundled packs are loaded (codes and inputs are
    /// checked later, by `incidentQuery(places:)`), with `--near`'s place at
    /// the position `placing` guesses: what a store can start selecting
    /// meanwhile. Nil when a province is named, a place cannot be guessed, or
    /// an input is wrong.
    func queryBeforePacks(placing: (String) -> Coordinate?) -> IncidentQuery? {
        guard province == nil else { return nil }
        var center: Coordinate?
        do { center = try point.coordinate() } catch { return nil }
        if let near {
            guard center == nil, let guessed = placing(near) else { return nil }
            center = guessed
        }
        return try? incidentQuery(spatial: try spatialFilter(center: center))
    }

    private func incidentQuery(spatial: SpatialFilter) throws -> IncidentQuery {
        var q = IncidentQuery()
        q.spatial = spatial
        q.borderSegment = segment
        q.side = side?.uppercased() == "UNCERTAIN" ? "uncertain" : side?.uppercased()
        q.from = try BundledData.day(from, "--from")
        q.to = try BundledData.day(to, "--to")
        q.types = Set(
            try types.map { t in
                guard let type = EventType(rawValue: t) else {
                    throw CLIError.badInput(
                        "--type '\(t)': expected one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return type
            })
        q.actor = actor?.uppercased()
        q.minKilled = minKilled
        return q
    }

    /// The incidents of the store (or the bundled catalog) that every filter
    /// holds for; none is "nothing found". A PostGIS store is read only for
    /// the incidents the query selects; names resolve against the geodata.
    func matches(in storeOptions: StoreOptions) throws -> (
        hits: [IncidentQuery.Hit], related: RelatedCatalog, query: IncidentQuery
    ) {
        // The store starts selecting while the packs load, a named place at its guessed position.
        let options = self
        let readAhead = storeOptions.readingAhead { options.queryBeforePacks(placing: BundledData.guessedPosition) }
        // Names resolve against the bundled geodata, which every store is related with.
        let q = try incidentQuery(places: try BundledData.related())
        let related = try storeOptions.related(for: q, readAhead: readAhead)
        let hits: [IncidentQuery.Hit]
        do { hits = try q.run(on: related) } catch let e as QueryError { throw CLIError.badInput(e.description) }
        guard !hits.isEmpty else { throw CLIError.nothingFound("no incident matches") }
        return (hits, related, q)
    }
}
