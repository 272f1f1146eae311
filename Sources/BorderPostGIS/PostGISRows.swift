import BorderGeodata
import BorderIncidents
import BorderEventStore
import BorderExchange
import Foundation
import GeometryCore

/// Rows as JSON documents for `jsonb_to_recordset`: a whole table's worth of
/// rows travels as one parameter, nulls and text arrays included, so a
/// batch of any size is one statement per table. Numbers are written by
/// Swift's shortest round-trip formatting, and PostgreSQL reads them back
/// into `double precision` exactly.
enum PostGISRows {
    struct Source: Encodable {
        var source_id, outlet, headline, published, file: String
    }

    struct IncidentRow: Encodable {
        var incident_id, title, type, date_start, date_end, date_precision, date_reading: String
        var local_time: String?
        var sides, sources: [String]
        var notes: String?
        var status: String
    }

    /// A location: what the incident says of it, and its relation (one flat JSON object).
    struct Location: Encodable {
        var kind, name: String
        var precision: Int
        var relation: String
        var claimed_by: String?
        var sources: [String]
        var related: RelationRow

        enum CodingKeys: String, CodingKey { case kind, name, precision, relation, claimed_by, sources }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(name, forKey: .name)
            try c.encode(precision, forKey: .precision)
            try c.encode(relation, forKey: .relation)
            try c.encode(claimed_by, forKey: .claimed_by)
            try c.encode(sources, forKey: .sources)
            try related.encode(to: encoder)
        }
    }

    /// A location's relation alone, for a refresh.
    struct RelationRow: Encodable {
        var incident_id: String
        var location_index: Int
        var lon, lat: Double
        var country, province_id: String?
        var border_distance_m: Double
        var segment_id, side, side_basis: String
        var resolution, settlement_id: String?
        var border_point_lon, border_point_lat: Double?
        var within_tolerance: Bool?
        var tolerance_m: Double?
        var inside_1991_oblast: Bool?
        var exclave_id, nearby, theatre, district_id: String?

        init(_ r: StoredRelation) {
            let d = r.detail
            (incident_id, location_index, lon, lat) = (
                r.incidentID, r.locationIndex, r.coordinate.longitude, r.coordinate.latitude
            )
            (country, province_id, border_distance_m) = (r.country, r.provinceID, r.borderDistance)
            (segment_id, side, side_basis) = (r.segmentID, r.side, r.sideBasis)
            (resolution, settlement_id) = (d?.resolution, d?.settlementID)
            (border_point_lon, border_point_lat) = (d?.nearestBorderPoint.longitude, d?.nearestBorderPoint.latitude)
            (within_tolerance, tolerance_m, inside_1991_oblast) = (
                d?.withinTolerance, d?.toleranceMetres, d?.inside1991Oblast
            )
            (exclave_id, nearby, theatre) = (d?.exclaveID, d.map { NearbyColumn.encode($0.nearby) }, d?.theatre)
            district_id = d?.districtID
        }
    }

    struct ClaimRow: Encodable {
        var incident_id: String
        var claim_index: Int
        var claimant, side, role, summary: String
        var unconfirmed: Bool
        var sources: [String]
    }

    struct Figure: Encodable {
        var incident_id: String
        var claim_index, casualty_index: Int
        var affected_side, kind: String
        var low: Int
        var high: Int?
    }

    struct Record: Encodable {
        var record_key, digest, incident_id: String
        /// `RecordFields.json`: inside this document it is a string, so a U+0000 in a field stays escaped.
        var fields: String?
        var import_id: Int?
    }

    static func json(_ rows: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }

    /// One element per id, in the order of first appearance and with the
    /// last content, as upserting them one by one would leave them.
    static func lastByKey<T>(_ items: [T], key: (T) -> String) -> [T] {
        var position: [String: Int] = [:]
        var out: [T] = []
        for item in items {
            if let p = position[key(item)] { out[p] = item } else { position[key(item)] = out.count; out.append(item) }
        }
        return out
    }

    /// The rows of a batch, table by table. A location without its relation is refused, as in the GeoPackage store.
    static func rows(_ batch: StoreBatch, logged: Int?) throws -> (
        sources: [Source], incidents: [IncidentRow], locations: [Location],
        claims: [ClaimRow], figures: [Figure], records: [Record]
    ) {
        let sources = lastByKey(batch.sources, key: \.id).map {
            Source(
                source_id: $0.id, outlet: $0.outlet, headline: $0.headline, published: $0.published.description,
                file: $0.file)
        }
        let incidents = lastByKey(batch.incidents, key: \.id)
        let relations = Dictionary(grouping: batch.relations, by: \.incidentID)
        var incidentRows: [IncidentRow] = [], locations: [Location] = [], claims: [ClaimRow] = [],
            figures: [Figure] = []
        for i in incidents {
            incidentRows.append(
                IncidentRow(
                    incident_id: i.id, title: i.title, type: i.type.rawValue, date_start: i.date.start.description,
                    date_end: i.date.end.description, date_precision: i.date.precision.rawValue,
                    date_reading: i.date.reading, local_time: i.localTime, sides: i.sides,
                    sources: i.sources, notes: i.notes, status: i.status.rawValue))
            let related = Dictionary(
                (relations[i.id] ?? []).map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
            for (k, l) in i.locations.enumerated() {
                guard let r = related[k] else {
                    throw StoreError.corrupt("incident \(i.id) location \(k) comes without its relation")
                }
                let (kind, name) = LocationKindColumn.encode(l.kind)
                var related = RelationRow(r)
                related.location_index = k
                locations.append(
                    Location(
                        kind: kind, name: name, precision: l.precision, relation: l.relation, claimed_by: l.claimedBy,
                        sources: l.sources, related: related))
            }
            for (k, c) in i.claims.enumerated() {
                claims.append(
                    ClaimRow(
                        incident_id: i.id, claim_index: k, claimant: c.claimant, side: c.side, role: c.role,
                        summary: c.summary, unconfirmed: c.unconfirmed, sources: c.sources))
                for (n, casualty) in c.casualties.enumerated() {
                    for kind in CasualtyKind.allCases {
                        guard let f = casualty.figures[kind] else { continue }
                        figures.append(
                            Figure(
                                incident_id: i.id, claim_index: k, casualty_index: n, affected_side: casualty.side,
                                kind: kind.rawValue, low: f.low, high: f.high))
                    }
                }
            }
        }
        let records = lastByKey(batch.records, key: \.key).map {
            Record(
                record_key: $0.key, digest: $0.digest, incident_id: $0.incidentID, fields: $0.fields?.json,
                import_id: batch.importID(of: $0, logged: logged))
        }
        return (sources, incidentRows, locations, claims, figures, records)
    }

    // MARK: Reference layers

    struct Country: Encodable { var iso3, name, source, wkb: String }
    struct ProvinceRow: Encodable {
        var province_id, name, local_name: String
        var iso3166_2: String?
        var country, kind: String
        var region: String?
        var wkb: String
    }
    struct Segment: Encodable {
        var segment_id, name: String
        var length_km: Double
        var source, scale: String
        var tolerance_m: Double
        var de_jure, controlled_by: String?
        var wkb: String
    }
    struct Line: Encodable { var line_id, name, date, source, note, wkb: String }
    struct SettlementRow: Encodable {
        var settlement_id: String
        var geoname_id: Int?
        var name, ascii_name: String
        var population: Int?
        var country, province: String?
        var source: String
        var lon, lat: Double
    }

    static func hex(_ g: Geometry) throws -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in try g.wkb() { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func reference(_ g: Geodata) throws -> (
        countries: [Country], provinces: [ProvinceRow], segments: [Segment], lines: [Line],
        settlements: [SettlementRow]
    ) {
        (
            try g.countries.map {
                Country(iso3: $0.iso3, name: $0.name, source: $0.source, wkb: try hex($0.geometry.polygonal))
            },
            try g.provinces.map {
                ProvinceRow(
                    province_id: $0.id, name: $0.name, local_name: $0.localName, iso3166_2: $0.iso3166_2,
                    country: $0.country,
                    kind: $0.kind, region: $0.region, wkb: try hex($0.geometry.polygonal))
            },
            try g.border.map {
                Segment(
                    segment_id: $0.id, name: $0.name, length_km: $0.lengthKm, source: $0.source, scale: $0.scale,
                    tolerance_m: $0.toleranceMetres, de_jure: $0.deJure, controlled_by: $0.controlledBy,
                    wkb: try hex($0.geometry.linear))
            },
            try g.historicalLines.map {
                Line(
                    line_id: $0.id, name: $0.name, date: $0.date, source: $0.source, note: $0.note,
                    wkb: try hex($0.geometry))
            },
            g.settlements.map {
                SettlementRow(
                    settlement_id: $0.id, geoname_id: $0.geonameID, name: $0.name, ascii_name: $0.asciiName,
                    population: $0.population, country: $0.country, province: $0.province, source: $0.source,
                    lon: $0.coordinate.longitude, lat: $0.coordinate.latitude)
            }
        )
    }
}
