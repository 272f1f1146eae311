import BorderIncidents
import Foundation

/// The `claims-csv` layout: one row per claim and affected side, so that a
/// spreadsheet can set each side's figures next to the other's. Shared by
/// `export claims-csv` and `ingest --format csv`.
///
/// An incident without claims gets one row with the claim columns empty; a
/// claim without figures gets one row with the figure columns empty. Figures
/// are written as `CasualtyFigure` prints them: "3", "13+" (at least), "6000–6900".
public enum ClaimsCSV {
    public static let header = [
        "incident_id", "date_start", "date_end", "date_precision", "type", "places", "latitude",
        "longitude", "geo_precision", "province", "country", "border_distance_m", "side", "claimant",
        "claimant_side", "affected_side", "killed", "wounded", "captured", "missing", "source",
    ]

    /// The rows for `relations`, in their order, with sources named by
    /// `catalog` where it knows them (else by id).
    /// Incidents in `undated` (by id) have their date columns empty and
    /// `date_precision` "unresolved": a proposal whose date the report does not give.
    public static func render(_ relations: [IncidentRelation], catalog: Catalog?, undated: Set<String> = []) -> String {
        var csv = CSVWriter(header: header)
        for relation in relations {
            for var row in rows(relation, catalog: catalog) {
                if undated.contains(relation.incident.id) { row.replaceSubrange(1...3, with: ["", "", "unresolved"]) }
                csv.append(row)
            }
        }
        return csv.text
    }

    static func rows(_ relation: IncidentRelation, catalog: Catalog?) -> [[String]] {
        let incident = relation.incident
        // The first located place stands for the incident's position; the
        // places column names them all.
        let first = relation.locations.first
        let place: [String] = [
            incident.id, incident.date.start.description, incident.date.end.description,
            incident.date.precision.rawValue,
            incident.type.rawValue, incident.locations.map(\.name).joined(separator: "; "),
            first.map { String(format: "%.6f", $0.coordinate.latitude) } ?? "",
            first.map { String(format: "%.6f", $0.coordinate.longitude) } ?? "",
            first.map { String($0.location.precision) } ?? "",
            first?.province?.name ?? "", first?.country ?? "",
            first.map { String(format: "%.1f", $0.borderDistance) } ?? "", first?.side ?? "",
        ]
        func sources(_ ids: [String]) -> String {
            ids.map { id in catalog?.source(id: id).map { "\($0.outlet) (\($0.published))" } ?? id }.joined(
                separator: "; ")
        }
        guard !incident.claims.isEmpty else {
            return [place + ["", "", "", "", "", "", "", sources(incident.sources)]]
        }
        var rows: [[String]] = []
        for claim in incident.claims {
            let who = [claim.claimant, claim.side]
            let source = sources(claim.sources.isEmpty ? incident.sources : claim.sources)
            if claim.casualties.isEmpty {
                rows.append(place + who + ["", "", "", "", "", source])
            }
            for casualty in claim.casualties {
                let figures = CasualtyKind.allCases.map { casualty.figures[$0]?.description ?? "" }
                rows.append(place + who + [casualty.side] + figures + [source])
            }
        }
        return rows
    }
}
