import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The forms `borderwatch ingest` prints: JSON (everything, evidence
/// included), the shared claims-csv layout, GeoJSON points, Markdown for a reader.
public enum IngestOutput {
    public enum Format: String, CaseIterable, Sendable {
        case json, csv, geojson, markdown
    }

    /// Every incident in every format; one whose date the report does not
    /// give has its date marked unresolved (empty date columns, precision
    /// "unresolved" in CSV; `date` null in GeoJSON and JSON).
    public static func render(_ result: IngestResult, format: Format) -> String {
        switch format {
        case .json: return json(result)
        case .csv:
            let undated = Set(result.incidents.filter { !$0.dateResolved }.map(\.incident.id))
            return ClaimsCSV.render(result.incidents.map(relation), catalog: catalog(result), undated: undated)
        case .geojson: return geojson(result)
        case .markdown: return markdown(result)
        }
    }

    /// The catalog the proposals would join: their source and them, as `proposed`.
    public static func catalog(_ result: IngestResult) -> Catalog {
        Catalog(
            sources: result.source.map { [$0] } ?? [],
            incidents: result.incidents.filter(\.dateResolved).map(\.incident))
    }

    /// The relation, or one with no located places when there is none.
    static func relation(_ p: ProposedIncident) -> IncidentRelation {
        p.relation ?? IncidentRelation(incident: p.incident, locations: [], extent: nil, spreadMetres: 0)
    }

    static func evidenceJSON(_ e: Evidence) -> JSONValue {
        .object([
            "fact": .string(e.fact), "text": .string(e.text), "start": .number(Double(e.start)),
            "end": .number(Double(e.end)),
            "sentence": .number(Double(e.sentence)), "confidence": .number(e.confidence), "note": .string(e.note),
        ])
    }

    static func placeJSON(_ p: SetAsidePlace) -> JSONValue {
        .object([
            "text": .string(p.text), "start": .number(Double(p.start)), "end": .number(Double(p.end)),
            "sentence": .number(Double(p.sentence)), "reason": p.reason.map(JSONValue.string) ?? .null,
        ])
    }

    public static func json(_ result: IngestResult) -> String {
        let cat = catalog(result)
        var root: JSONObject = [:]
        root["source"] =
            result.source.map { s in
                .object([
                    "id": .string(s.id), "outlet": .string(s.outlet), "headline": .string(s.headline),
                    "published": .string(s.published.description), "url": .string(s.file),
                ])
            } ?? .null
        root["published_from"] = result.publishedFrom.map(JSONValue.string) ?? .null
        root["notes"] = .array(result.notes.map(JSONValue.string))
        root["incidents"] = .array(
            result.incidents.map { p in
                var o = RelationJSON.relation(relation(p), catalog: cat)
                o["status"] = .string(p.incident.status.rawValue)
                if !p.dateResolved {
                    o["date"] = .null
                    o["date_precision"] = .null
                    o["date_reading"] = .string("unresolved: '\(p.datePhrase ?? "")' needs a publication date")
                }
                o["date_phrase"] = p.datePhrase.map(JSONValue.string) ?? .null
                if p.relation == nil {
                    o["locations"] = .array(
                        p.incident.locations.map { l in
                            .object(["name": .string(l.name), "relation": .string(l.relation)])
                        })
                }
                o["feature_ids"] = .array(p.featureIDs.map(JSONValue.string))
                o["relate_error"] = p.relateError.map(JSONValue.string) ?? .null
                o["unresolved_places"] = .array(p.unresolvedPlaces.map(placeJSON))
                o["evidence"] = .array(p.evidence.map(evidenceJSON))
                return .object(o)
            })
        root["set_aside_places"] = .array(result.setAside.map(placeJSON))
        var w = JSONWriter()
        w.object(root)
        return w.string + "\n"
    }

    static func geojson(_ result: IngestResult) -> String {
        var features: [Feature] = []
        for p in result.incidents {
            var props: JSONObject = [:]
            props["incident_id"] = .string(p.incident.id)
            props["status"] = .string(p.incident.status.rawValue)
            props["date"] = p.dateResolved ? .string(p.incident.date.iso) : .null
            props["date_precision"] = .string(p.dateResolved ? p.incident.date.precision.rawValue : "unresolved")
            props["date_phrase"] = p.datePhrase.map(JSONValue.string) ?? .null
            props["type"] = .string(p.incident.type.rawValue)
            props["claims"] = .string(RelationJSON.casualtyLine(p.incident))
            props["source"] = .string(result.source?.id ?? "")
            let located = p.relation?.locations ?? []
            // An incident no place of which is located is a feature without geometry (RFC 7946 §3.2).
            if located.isEmpty {
                props["places"] = .string(p.incident.locations.map(\.name).joined(separator: "; "))
                features.append(Feature(geometry: nil, properties: props))
            }
            for l in located {
                var located = RelationJSON.location(l)
                for (key, value) in props.members { located[key] = value }
                features.append(Feature(geometry: .point(Point(l.coordinate)), properties: located))
            }
        }
        return GeoJSONWriter().string(FeatureCollection(features))
    }

    static func markdown(_ result: IngestResult) -> String {
        var out = "# Proposed incidents\n\n"
        if let s = result.source {
            out += "Source: \(s.outlet), published \(s.published) (\(result.publishedFrom ?? "")). \(s.file)\n\n"
        }
        for n in result.notes { out += "> \(n)\n\n" }
        for p in result.incidents {
            let i = p.incident
            out += "## \(i.title) — \(p.dateResolved ? i.date.iso : "date unresolved")\n\n"
            out +=
                "- id `\(i.id)`, type \(i.type.rawValue), status \(i.status.rawValue), sides \(i.sides.joined(separator: ", "))\n"
            out +=
                "- date: \(p.dateResolved ? "\(i.date.iso) (\(i.date.precision.rawValue)); \(i.date.reading)" : "unresolved ('\(p.datePhrase ?? "")')")\n"
            for (k, l) in (p.relation?.locations ?? []).enumerated() {
                out +=
                    "- place \(l.location.relation) **\(l.location.name)** (`\(p.featureIDs[k])`): \(l.province?.name ?? "?"), \(l.country ?? "?"), "
                    + "\(Int(l.borderDistance.rounded())) m from the border, side \(l.side)\n"
            }
            for u in p.unresolvedPlaces { out += "- place **\(u.text)**: not in the gazetteer (unresolved)\n" }
            for c in i.claims {
                out +=
                    "- claim by \(c.claimant) (\(c.side), \(c.role)): \(c.summary)\(c.unconfirmed ? " (unconfirmed)" : "")\n"
            }
            out += "\nEvidence:\n\n"
            for e in p.evidence {
                out +=
                    "- \(e.fact): “\(e.text)” [\(e.start)–\(e.end), sentence \(e.sentence), confidence \(e.confidence)] \(e.note)\n"
            }
            out += "\n"
        }
        if !result.setAside.isEmpty {
            out += "## Places set aside\n\n"
            for s in result.setAside { out += "- \(s.text): \(s.reason ?? "unknown")\n" }
        }
        return out
    }
}
