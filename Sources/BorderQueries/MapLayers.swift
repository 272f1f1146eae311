import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// Writes the map layers: RFC 7946 GeoJSON for Leaflet, QGIS or kepler.gl.
public struct MapLayers {
    public static let files = [
        "incidents.geojson", "settlements.geojson", "provinces.geojson",
        "border.geojson", "border-bands.geojson",
    ]
    /// Bands on each side of the border, in km.
    public static let bands: [(Double, Double)] = [(0, 5), (5, 15)]

    let related: RelatedCatalog
    let writer = GeoJSONWriter(decimals: 6)

    public init(related: RelatedCatalog) { self.related = related }

    /// Writes every layer into `directory`; each file is written whole or not at all.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        var written: [URL] = []
        for (file, features) in [
            ("incidents.geojson", incidents()), ("settlements.geojson", settlements()),
            ("provinces.geojson", provinces()), ("border.geojson", border()),
            ("border-bands.geojson", try borderBands()),
        ] {
            let url = directory.appendingPathComponent(file)
            try AtomicFile.write(writer.data(FeatureCollection(features)), to: url)
            written.append(url)
        }
        return written
    }

    /// One feature per located place of each incident (incidents built on the machine's cores).
    public func incidents() -> [Feature] {
        related.relations.concurrentMap(Self.features).flatMap { $0 }
    }

    private static func features(of r: IncidentRelation) -> [Feature] {
        let i = r.incident
        return r.locations.enumerated().map { k, l in
            var p: JSONObject = [:]
            p["incident_id"] = .string(i.id)
            p["title"] = .string(i.title)
            p["type"] = .string(i.type.rawValue)
            p["date"] = .string(i.date.iso)
            p["date_start"] = .string(i.date.start.description)
            p["date_end"] = .string(i.date.end.description)
            p["date_precision"] = .string(i.date.precision.rawValue)
            p["local_time"] = RelationJSON.optional(i.localTime)
            p["sides"] = .string(i.sides.joined(separator: ","))
            for (key, value) in RelationJSON.location(l).members where key != "nearby" && key != "nearest_border_point"
            {
                p[key] = value
            }
            p["nearest_settlement"] = RelationJSON.optional(l.nearby.first?.phrase)
            p["claims"] = .string(RelationJSON.casualtyLine(i))
            p["killed_conservative"] = .number(Double(killed(i)))
            p["claimants"] = .string(i.claims.map(\.claimant).joined(separator: "; "))
            p["sources"] = .string(i.sources.joined(separator: ","))
            return Feature(id: .string("\(i.id)#\(k + 1)"), geometry: .point(Point(l.coordinate)), properties: p)
        }
    }

    /// The settlements the incidents name; with `includeUnmentioned`, every
    /// settlement of the gazetteer (those with no incident count 0).
    public func settlements(includeUnmentioned: Bool = false) -> [Feature] {
        let mentions = related.relations.lazy.flatMap { r in
            r.locations.lazy.compactMap { l in l.settlementID.map { (settlementID: $0, incidentID: r.incident.id) } }
        }
        return Self.settlements(mentioned: mentions, geodata: related.geodata, includeUnmentioned: includeUnmentioned)
    }

    /// The settlements layer of the places that name a settlement (each with
    /// its incident, in catalog order and location order), as `settlements`
    /// makes it of a related catalog.
    public static func settlements(
        mentioned mentions: some Sequence<(settlementID: String, incidentID: String)>, geodata: Geodata,
        includeUnmentioned: Bool = false
    ) -> [Feature] {
        var seen: [String: (Settlement, [String])] = [:]
        var order: [String] = []
        if includeUnmentioned {
            for s in geodata.settlements where seen[s.id] == nil { order.append(s.id); seen[s.id] = (s, []) }
        }
        for m in mentions {
            guard let s = geodata.settlement(id: m.settlementID) else { continue }
            if seen[s.id] == nil { order.append(s.id); seen[s.id] = (s, []) }
            seen[s.id]!.1.append(m.incidentID)
        }
        return order.map { id in
            let (s, incidents) = seen[id]!
            let province = s.province.flatMap(geodata.province(id:))
            return Feature(
                id: .string(s.id), geometry: .point(Point(s.coordinate)),
                properties: [
                    "id": .string(s.id), "name": .string(s.name),
                    "geonameid": s.geonameID.map { .number(Double($0)) } ?? .null,
                    "country": RelationJSON.optional(s.country), "province_id": RelationJSON.optional(s.province),
                    "province": RelationJSON.optional(province?.name),
                    "population": s.population.map { .number(Double($0)) } ?? .null,
                    "incident_count": .number(Double(incidents.count)),
                    "incidents": .string(incidents.joined(separator: ",")),
                    "source": .string(s.source), "citation": RelationJSON.optional(s.citation),
                    "basis": .string(s.basis), "stated_country": RelationJSON.optional(s.statedCountry),
                    "theatre": RelationJSON.optional(geodata.theatre(ofSettlement: s.id)?.id),
                ])
        }
    }

    /// Provinces with incident counts and casualty sums, for a choropleth.
    public func provinces() -> [Feature] {
        Self.provinces(of: related.relations.lazy.map(ProvinceCount.init), geodata: related.geodata)
    }

    /// What the provinces layer counts of one incident.
    public struct ProvinceCount: Sendable {
        public var id: String
        /// The provinces of its located places, each once.
        public var provinces: [String]
        var killed: Int
        var wounded: Int

        init(_ r: IncidentRelation) {
            id = r.incident.id
            provinces = []
            for l in r.locations {
                if let p = l.province?.id, !provinces.contains(p) { provinces.append(p) }
            }
            killed = MapLayers.killed(r.incident)
            wounded = r.incident.summary.total(.wounded)
        }

        /// The same of the incident's facts as a store reads them (all its places).
        public init(_ f: IncidentFacts) {
            id = f.id
            provinces = []
            for place in f.places {
                if let p = place.provinceID, !provinces.contains(p) { provinces.append(p) }
            }
            killed = f.conservativeTotal(.killed)
            wounded = f.conservativeTotal(.wounded)
        }
    }

    /// The provinces layer of `incidents` in catalog order, from one pass over them (a pass per province was
    /// minutes on a million incidents): the same features as `provinces()` of those incidents related.
    public static func provinces(of incidents: some Sequence<ProvinceCount>, geodata: Geodata) -> [Feature] {
        var byProvince: [String: (ids: [String], killed: Int, wounded: Int)] = [:]
        for i in incidents {
            for id in i.provinces {
                byProvince[id, default: ([], 0, 0)].ids.append(i.id)
                byProvince[id]!.killed += i.killed
                byProvince[id]!.wounded += i.wounded
            }
        }
        return geodata.provinces.map { p in
            let inside = byProvince[p.id] ?? ([], 0, 0)
            var props: JSONObject = [
                "id": .string(p.id), "name": .string(p.name), "local_name": .string(p.localName),
                "iso_3166_2": RelationJSON.optional(p.iso3166_2), "country": .string(p.country),
                "incident_count": .number(Double(inside.ids.count)),
                "killed_conservative": .number(Double(inside.killed)),
                "wounded_conservative": .number(Double(inside.wounded)),
            ]
            props["incidents"] = .string(inside.ids.joined(separator: ","))
            props["theatre"] = RelationJSON.optional(geodata.theatre(ofProvince: p.id)?.id)
            return Feature(id: .string(p.id), geometry: p.geometry, properties: props)
        }
    }

    public func border() -> [Feature] {
        related.geodata.border.map { b in
            Feature(
                id: .string(b.id), geometry: b.geometry,
                properties: [
                    "id": .string(b.id), "name": .string(b.name), "length_km": RelationJSON.round(b.lengthKm, 3),
                    "source": .string(b.source), "scale": .string(b.scale), "tolerance_m": .number(b.toleranceMetres),
                    "de_jure": RelationJSON.optional(b.deJure), "controlled_by": RelationJSON.optional(b.controlledBy),
                    "theatre": RelationJSON.optional(related.geodata.theatre(ofSegment: b.id)?.id),
                ])
        }
    }

    /// Country outlines, each with its theatre and whether its line is drawn
    /// (`on_line`) and on which side distances count positive.
    public func countries() -> [Feature] {
        let geodata = related.geodata
        return geodata.countries.map { c in
            let theatre = geodata.theatre(ofCountry: c.iso3)
            let onLine = theatre.map { $0.countries.contains(c.iso3) } ?? ["ARM", "AZE"].contains(c.iso3)
            return Feature(
                id: .string(c.iso3), geometry: c.geometry,
                properties: [
                    "iso3": .string(c.iso3), "name": .string(c.name), "source": .string(c.source),
                    "theatre": RelationJSON.optional(theatre?.id), "on_line": .bool(onLine),
                    "positive_side": .bool(theatre.map { $0.positiveSide == c.iso3 } ?? (c.iso3 == "ARM")),
                ])
        }
    }

    /// Bands 0–5 km and 5–15 km from each theatre's line, on each side.
    public func borderBands() throws -> [Feature] {
        try BorderBands.features(of: theatresToDraw(), in: related.geodata, bands: Self.bands)
    }

    /// The loaded packs; a bare folder of layers counts as one unnamed
    /// Armenia–Azerbaijan theatre.
    private func theatresToDraw() -> [TheatreManifest] {
        if !related.geodata.theatres.isEmpty { return related.geodata.theatres }
        return [
            TheatreManifest(
                id: "", title: "", countries: ["ARM", "AZE"], neighbours: [], positiveSide: "ARM", sides: [],
                sources: [])
        ]
    }

    static func killed(_ i: Incident) -> Int { i.summary.total(.killed) }
}
