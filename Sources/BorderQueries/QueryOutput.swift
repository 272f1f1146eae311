import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// The formats results are printed in.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, json, geojson, csv
}

/// Query results as text in each format.
public enum QueryOutput {
    public static func incidents(_ hits: [IncidentQuery.Hit], related: RelatedCatalog, format: ResultFormat) -> String {
        let dated = hits.contains { $0.locations.contains { $0.dated != nil } }
        switch format {
        case .table:
            var rows = [["date", "id", "type", "places", "distance", "claims"]]
            for h in hits {
                rows.append([
                    h.relation.incident.date.iso, h.relation.incident.id, h.relation.incident.type.rawValue,
                    h.locations.map(\.location.name).joined(separator: ", "),
                    h.distance.map { String(format: "%.0f m", $0) } ?? "—",
                    RelationJSON.casualtyLine(h.relation.incident),
                ])
            }
            return SummaryTable.table(rows)
        case .json:
            var w = JSONWriter()
            w.value(
                .array(
                    hits.map { h in
                        var o = RelationJSON.relation(h.relation, catalog: related.catalog)
                        o["matched_locations"] = .array(h.locations.map { .string($0.location.name) })
                        o["distance_m"] = h.distance.map { .number(($0 * 10).rounded() / 10) } ?? .null
                        return .object(o)
                    }))
            return w.string + "\n"
        case .geojson:
            let features = hits.flatMap { h in
                let claims = RelationJSON.casualtyLine(h.relation.incident)
                return h.locations.map { l in
                    var p = RelationJSON.location(l)
                    p["incident_id"] = .string(h.relation.incident.id)
                    p["date"] = .string(h.relation.incident.date.iso)
                    p["type"] = .string(h.relation.incident.type.rawValue)
                    p["claims"] = .string(claims)
                    return Feature(geometry: .point(Point(l.coordinate)), properties: p)
                }
            }
            return GeoJSONWriter().string(FeatureCollection(features))
        case .csv:
            var csv = CSVWriter(
                header: [
                    "incident_id", "date", "type", "location", "longitude", "latitude", "province_id",
                    "border_distance_m", "side", "distance_m", "claims",
                ] + (dated ? RelationJSON.datedColumns : []))
            for h in hits {
                let claims = RelationJSON.casualtyLine(h.relation.incident)
                for l in h.locations {
                    csv.append(
                        [
                            h.relation.incident.id, h.relation.incident.date.iso, h.relation.incident.type.rawValue,
                            l.location.name, FixedDecimal.text(l.coordinate.longitude, places: 6),
                            FixedDecimal.text(l.coordinate.latitude, places: 6),
                            l.province?.id ?? "", FixedDecimal.text(l.borderDistance, places: 1), l.side,
                            h.distance.map { FixedDecimal.text($0, places: 1) } ?? "", claims,
                        ] + (dated ? RelationJSON.datedCells(l.dated) : []))
                }
            }
            return csv.text
        }
    }

    public static func settlements(_ hits: [SettlementQuery.Hit], related: RelatedCatalog, format: ResultFormat)
        -> String
    {
        func provinceName(_ s: Settlement) -> String { s.province.flatMap(related.geodata.province(id:))?.name ?? "" }
        switch format {
        case .table:
            var rows = [["name", "province", "country", "border", "distance"]]
            for h in hits {
                rows.append([
                    h.settlement.name, provinceName(h.settlement), h.settlement.country ?? "—",
                    String(format: "%.0f m", h.borderDistance), h.distance.map { String(format: "%.0f m", $0) } ?? "—",
                ])
            }
            return SummaryTable.table(rows)
        case .json, .geojson:
            let features = hits.map { h in
                Feature(
                    id: .string(h.settlement.id), geometry: .point(Point(h.settlement.coordinate)),
                    properties: [
                        "id": .string(h.settlement.id), "name": .string(h.settlement.name),
                        "province_id": h.settlement.province.map(JSONValue.string) ?? .null,
                        "province": .string(provinceName(h.settlement)),
                        "country": h.settlement.country.map(JSONValue.string) ?? .null,
                        "border_distance_m": .number((h.borderDistance * 10).rounded() / 10),
                        "distance_m": h.distance.map { .number(($0 * 10).rounded() / 10) } ?? .null,
                    ])
            }
            if format == .geojson { return GeoJSONWriter().string(FeatureCollection(features)) }
            var w = JSONWriter()
            w.value(.array(features.compactMap { $0.properties.map(JSONValue.object) }))
            return w.string + "\n"
        case .csv:
            var csv = CSVWriter(header: [
                "id", "name", "province", "country", "longitude", "latitude", "border_distance_m", "distance_m",
            ])
            for h in hits {
                csv.append([
                    h.settlement.id, h.settlement.name, provinceName(h.settlement), h.settlement.country ?? "",
                    FixedDecimal.text(h.settlement.coordinate.longitude, places: 6),
                    FixedDecimal.text(h.settlement.coordinate.latitude, places: 6),
                    FixedDecimal.text(h.borderDistance, places: 1),
                    h.distance.map { FixedDecimal.text($0, places: 1) } ?? "",
                ])
            }
            return csv.text
        }
    }

    /// What `relate` prints: an incident's places, or one place or point.
    public static func relation(
        _ locations: [LocationRelation], title: String, incident relation: IncidentRelation?,
        related: RelatedCatalog, format: ResultFormat
    ) -> String {
        switch format {
        case .json:
            var w = JSONWriter()
            if let relation {
                w.object(RelationJSON.relation(relation, catalog: related.catalog))
            } else {
                w.object(RelationJSON.location(locations[0]))
            }
            return w.string + "\n"
        case .geojson:
            let features = locations.map {
                Feature(geometry: .point(Point($0.coordinate)), properties: RelationJSON.location($0))
            }
            return GeoJSONWriter().string(FeatureCollection(features))
        case .csv:
            let subject = ProximityReport.Subject(title: title, relation: relation, locations: locations)
            return ProximityReport(subjects: [subject], radiusMetres: 10_000, related: related).csv
        case .table:
            var rows: [[String]] = [["field", "value"]]
            for l in locations {
                rows += [
                    ["location", "\(l.location.name) (\(l.resolution))"],
                    ["theatre", l.theatre ?? "—"],
                    ["position", String(format: "%.5f N, %.5f E", l.coordinate.latitude, l.coordinate.longitude)],
                    ["country", l.country ?? "—"],
                    ["province", l.province.map { "\($0.name) (\($0.localName), \($0.iso3166_2 ?? $0.id))" } ?? "—"],
                ]
                if let d = l.district { rows.append(["district", "\(d.label) (\(d.localName), \(d.id))"]) }
                rows += [
                    ["border", String(format: "%.0f m to the %@ segment", l.borderDistance, l.nearestSegment)],
                    [
                        "side",
                        l.withinTolerance
                            ? "\(l.side) — within the \(Int(l.toleranceMetres)) m tolerance (\(l.sideBasis.rawValue))"
                            : l.side,
                    ],
                    ["1991 oblast", l.inside1991Oblast ? "inside" : "outside"],
                    ["exclave", l.exclave.map(RelationJSON.exclaveText) ?? "—"],
                    ["near", l.nearby.map(\.phrase).joined(separator: "; ")],
                ]
                if let d = l.dated { rows += datedRows(d) }
            }
            return SummaryTable.table(rows)
        }
    }

    /// The table rows of a side on a day and today.
    static func datedRows(_ d: DatedSide) -> [[String]] {
        [
            ["side on \(d.day)", d.sideAtDate + (d.lineVersion.map { " (line \($0))" } ?? "")],
            ["side now", d.sideNow],
            ["side changed", d.changed ? "yes" : "no"],
        ] + (d.controlledByAtDate.map { [["held on \(d.day) by", $0]] } ?? [])
    }

    /// What `place` prints: every place a name can mean, and how it chose.
    public static func place(_ name: String, match: Gazetteer.Match, related: RelatedCatalog, format: ResultFormat)
        -> String
    {
        let gazetteer = related.relater.gazetteer
        let targets = [match.target] + match.alternatives
        switch format {
        case .table:
            var rows = [["place", "kind", "position", "province", "country", "theatre", "id"]]
            for t in targets {
                let theatre = theatreID(of: t, in: related.geodata) ?? "—"
                switch t {
                case let .settlement(s):
                    rows.append([
                        s.name, gazetteer.kind(of: t),
                        String(format: "%.5f N, %.5f E", s.coordinate.latitude, s.coordinate.longitude),
                        s.province.flatMap(related.geodata.province(id:))?.name ?? "—", s.country ?? "—", theatre, s.id,
                    ])
                case let .province(p):
                    rows.append([p.name, p.kind, "—", p.name, p.country, theatre, p.id])
                }
            }
            return SummaryTable.table(rows) + "\n" + match.explanation + "\n"
        case .csv:
            var csv = CSVWriter(header: ["name", "description", "theatre", "longitude", "latitude"])
            for t in targets {
                let c = t.coordinate
                csv.append([
                    t.name, gazetteer.describe(t), theatreID(of: t, in: related.geodata) ?? "",
                    c.map { FixedDecimal.text($0.longitude, places: 6) } ?? "",
                    c.map { FixedDecimal.text($0.latitude, places: 6) } ?? "",
                ])
            }
            return csv.text
        case .geojson:
            let features = targets.compactMap { t -> Feature? in
                guard let c = t.coordinate else { return nil }
                return Feature(
                    geometry: .point(Point(c)),
                    properties: [
                        "name": .string(t.name), "description": .string(gazetteer.describe(t)),
                        "theatre": RelationJSON.optional(theatreID(of: t, in: related.geodata)),
                    ])
            }
            return GeoJSONWriter().string(FeatureCollection(features))
        case .json:
            var w = JSONWriter()
            w.value(
                .object([
                    "query": .string(name), "explanation": .string(match.explanation),
                    "matches": .array(targets.map { .string(gazetteer.describe($0)) }),
                    "theatres": .array(targets.map { RelationJSON.optional(theatreID(of: $0, in: related.geodata)) }),
                    "kinds": .array(targets.map { .string(gazetteer.kind(of: $0)) }),
                ]))
            return w.string + "\n"
        }
    }

    /// The pack a gazetteer target comes from (a hand-added feature: the pack of its position).
    static func theatreID(of target: Gazetteer.Target, in geodata: Geodata) -> String? {
        switch target {
        case let .settlement(s): (geodata.theatre(ofSettlement: s.id) ?? geodata.theatre(at: s.coordinate))?.id
        case let .province(p): geodata.theatre(ofProvince: p.id)?.id
        }
    }
}
