import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// What is around one incident, place or point: where it is, the border,
/// the nearest settlements, the other incidents within a radius, and each
/// side's claims next to each other.
public struct ProximityReport: Sendable {
    public struct Subject: Sendable {
        public var title: String
        /// The incident, when the subject is one.
        public var relation: IncidentRelation?
        public var locations: [LocationRelation]

        public init(title: String, relation: IncidentRelation?, locations: [LocationRelation]) {
            self.title = title
            self.relation = relation
            self.locations = locations
        }
    }

    public var subjects: [Subject]
    public var radiusMetres: Double
    /// For each subject, the other incidents within the radius, nearest first.
    public var neighbours: [[(IncidentRelation, Double)]]
    let catalog: Catalog
    /// The loaded packs, for the pair of sides whose claims the CSV sets apart.
    let theatres: [TheatreManifest]

    public init(subjects: [Subject], radiusMetres: Double, related: RelatedCatalog) {
        self.subjects = subjects
        self.radiusMetres = radiusMetres
        catalog = related.catalog
        theatres = related.geodata.theatres
        neighbours = subjects.map { subject in
            if let r = subject.relation { return related.neighbours(of: r, within: radiusMetres) }
            var best: [String: (IncidentRelation, Double)] = [:]
            for l in subject.locations {
                for (r, d) in related.incidents(within: radiusMetres, of: l.coordinate)
                where d < (best[r.incident.id]?.1 ?? .infinity) {
                    best[r.incident.id] = (r, d)
                }
            }
            return best.values.sorted { ($0.1, $0.0.incident.id) < ($1.1, $1.0.incident.id) }
        }
    }

    /// The report for every incident of the catalog that has a located place.
    public static func catalog(_ related: RelatedCatalog, radiusMetres: Double) -> ProximityReport {
        let subjects = related.relations.filter { !$0.locations.isEmpty }.map {
            Subject(title: "\($0.incident.date.iso) — \($0.incident.title)", relation: $0, locations: $0.locations)
        }
        return ProximityReport(subjects: subjects, radiusMetres: radiusMetres, related: related)
    }

    // MARK: Markdown

    public var markdown: String {
        var out =
            "# Proximity report\n\nDistances are geodesic on WGS84; \"within tolerance\" means closer to the border than its source can place it. Other incidents within \(km(radiusMetres)) km.\n"
        for (k, subject) in subjects.enumerated() {
            out += "\n## \(subject.title)\n\n"
            if let r = subject.relation {
                let i = r.incident
                out += "- **\(i.type.rawValue)**, \(i.date.iso) (\(i.date.precision.rawValue); \(i.date.reading))"
                out += (i.localTime.map { ", local time \($0)" } ?? "") + "\n"
                out +=
                    "- sources: "
                    + i.sources.compactMap { catalog.source(id: $0) }.map { "\($0.outlet), \($0.published)" }.joined(
                        separator: "; ") + "\n"
            }
            out += "\n| location | province | country | border | side | nearest |\n|---|---|---|---|---|---|\n"
            for l in subject.locations {
                let province =
                    (l.province.map { "\($0.name) (\($0.localName))" } ?? "—")
                    + (l.exclave.map { "; exclave, " + RelationJSON.exclaveText($0) } ?? "")
                let side =
                    l.withinTolerance
                    ? "\(l.side) (\(l.sideBasis.rawValue), within \(Int(l.toleranceMetres)) m)" : l.side
                out +=
                    "| \(l.location.name) (\(l.location.relation), precision \(l.location.precision)) | \(province) | \(l.country ?? "—") | \(km(l.borderDistance)) km to \(l.nearestSegment) | \(side) | \(l.nearby.prefix(2).map(\.phrase).joined(separator: "; ")) |\n"
            }
            if let r = subject.relation, !r.incident.claims.isEmpty {
                out += "\n| side | claimant | claim | casualties |\n|---|---|---|---|\n"
                for claim in r.incident.claims.sorted(by: { $0.side < $1.side }) {
                    let figures = claim.casualties.map { c in
                        "\(c.side) "
                            + CasualtyKind.allCases.compactMap { k in c.figures[k].map { "\(k.rawValue) \($0)" } }
                            .joined(separator: ", ")
                    }.joined(separator: "; ")
                    out +=
                        "| \(claim.side) | \(claim.claimant) | \(claim.summary)\(claim.unconfirmed ? " (unconfirmed)" : "") | \(figures.isEmpty ? "—" : figures) |\n"
                }
                let lines = r.incident.summary.lines
                if !lines.isEmpty { out += "\nConservative figures: " + lines.joined(separator: "; ") + ".\n" }
            }
            let near = neighbours[k]
            out +=
                near.isEmpty
                ? "\nNo other incident within \(km(radiusMetres)) km.\n"
                : "\nOther incidents within \(km(radiusMetres)) km: "
                    + near.map { "\($0.0.incident.date.iso) \($0.0.incident.title) (\(km($0.1)) km)" }.joined(
                        separator: "; ") + ".\n"
        }
        return out
    }

    // MARK: JSON

    public var json: String {
        var w = JSONWriter()
        w.value(
            .object([
                "radius_m": .number(radiusMetres),
                "subjects": .array(
                    subjects.enumerated().map { k, s in
                        var o: JSONObject = ["title": .string(s.title)]
                        if let r = s.relation { o["incident"] = .object(RelationJSON.relation(r, catalog: catalog)) }
                        o["locations"] = .array(s.locations.map { .object(RelationJSON.location($0)) })
                        o["neighbours"] = .array(
                            neighbours[k].map {
                                .object([
                                    "id": .string($0.0.incident.id), "title": .string($0.0.incident.title),
                                    "date": .string($0.0.incident.date.iso), "distance_m": RelationJSON.round($0.1),
                                ])
                            })
                        return .object(o)
                    }),
            ]))
        return w.string + "\n"
    }

    // MARK: CSV

    public static let csvHeader = [
        "subject", "incident_id", "date", "type", "location", "longitude", "latitude", "province_id",
        "province", "country", "border_distance_m", "nearest_segment", "side", "side_basis",
        "within_tolerance", "nearest_settlement", "inside_1991_oblast", "exclave_de_jure",
        "exclave_controlled_by", "claims_first_side", "claims_second_side",
        "claims_other", "neighbours_within_radius", "theatre",
    ]

    public var csv: String {
        // The dated columns only when a day was asked for, so other reports keep their form.
        let dated = subjects.contains { $0.locations.contains { $0.dated != nil } }
        var csv = CSVWriter(header: Self.csvHeader + (dated ? RelationJSON.datedColumns : []))
        for (k, s) in subjects.enumerated() {
            for l in s.locations {
                let i = s.relation?.incident
                // The claimants on either side of this location's line (ARM, AZE for Armenia–Azerbaijan).
                let pair = theatres.first { $0.id == l.theatre }?.countries ?? ["ARM", "AZE"]
                func claims(_ side: (String) -> Bool) -> String {
                    (i?.claims ?? []).filter { side($0.side) }.map { c in
                        c.claimant
                            + (c.casualties.isEmpty
                                ? ""
                                : ": "
                                    + c.casualties.map { cas in
                                        "\(cas.side) "
                                            + CasualtyKind.allCases.compactMap { kind in
                                                cas.figures[kind].map { "\(kind.rawValue) \($0)" }
                                            }.joined(separator: " ")
                                    }.joined(separator: "; "))
                    }.joined(separator: " | ")
                }
                csv.append(
                    [
                        s.title, i?.id ?? "", i?.date.iso ?? "", i?.type.rawValue ?? "", l.location.name,
                        FixedDecimal.text(l.coordinate.longitude, places: 6),
                        FixedDecimal.text(l.coordinate.latitude, places: 6),
                        l.province?.id ?? "", l.province?.name ?? "", l.country ?? "",
                        FixedDecimal.text(l.borderDistance, places: 1),
                        l.nearestSegment, l.side, l.sideBasis.rawValue, l.withinTolerance ? "true" : "false",
                        l.nearby.first?.phrase ?? "", l.inside1991Oblast ? "true" : "false",
                        l.exclave?.deJure ?? "", l.exclave?.controlledBy ?? "",
                        claims { $0 == pair[0] }, claims { $0 == pair[1] }, claims { !pair.contains($0) },
                        neighbours[k].map(\.0.incident.id).joined(separator: " "), l.theatre ?? "",
                    ] + (dated ? RelationJSON.datedCells(l.dated) : []))
            }
        }
        return csv.text
    }

    func km(_ metres: Double) -> String { String(format: "%.1f", metres / 1000) }
}
