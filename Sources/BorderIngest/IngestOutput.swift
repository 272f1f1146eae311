import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The proposals of one report in each output format.
public enum IngestOutput {
    public enum Format: String, CaseIterable, Sendable { case json, csv, geojson, markdown }

    public static func render(_ result: IngestResult, format: Format) -> String {
        switch format {
        case .json: json(result)
        case .csv: ClaimsCSV.render(result.incidents.compactMap(\.relation), catalog: result.catalog)
        case .geojson: GeoJSONWriter(decimals: 6).string(FeatureCollection(MapLayers.incidentFeatures(result.incidents.compactMap(\.relation)))) + "\n"
        case .markdown: markdown(result)
        }
    }

    static func evidence(_ e: Evidence) -> JSONValue {
        .object(["fact": .string(e.fact), "value": .string(e.value), "start": .number(Double(e.start)), "end": .number(Double(e.end)),
                 "sentence": .number(Double(e.sentence)), "sentence_text": .string(e.sentenceText),
                 "confidence": .number((e.confidence * 100).rounded() / 100)])
    }

    public static func json(_ result: IngestResult) -> String {
        let catalog = result.catalog
        var w = JSONWriter()
        let s = result.source
        w.value(.object([
            "source": .object(["id": .string(s.id), "outlet": .string(s.outlet), "headline": .string(s.headline),
                               "published": result.published.map { .string($0.description) } ?? .null,
                               "published_reading": .string(result.publishedReading), "url_or_file": .string(s.file)]),
            "offsets": .string("Unicode scalar offsets into the report's text after HTML was stripped"),
            "incidents": .array(result.incidents.map { p in
                var o = p.relation.map { RelationJSON.relation($0, catalog: catalog) } ?? RelationJSON.incident(p.incident, catalog: catalog)
                o["status"] = .string("proposed")
                o["running_total_claims"] = .array(p.totalClaims.sorted().map { .number(Double($0)) })
                o["civilian_claims"] = .array(p.civilianClaims.sorted().map { .number(Double($0)) })
                o["evidence"] = .array(p.evidence.map(evidence))
                return .object(o)
            }),
            "unresolved": .array(result.unresolved.map(evidence)),
        ]))
        return w.string + "\n"
    }

    public static func markdown(_ result: IngestResult) -> String {
        var out = "# Proposed incidents: \(result.source.headline)\n\n"
        out += "Source: \(result.source.outlet); publication \(result.published?.description ?? "unknown") (\(result.publishedReading)).\n"
        if result.incidents.isEmpty { out += "\nNo incident found.\n" }
        for p in result.incidents {
            let i = p.incident
            out += "\n## \(i.date.iso) — \(i.title)\n\n"
            out += "- **\(i.type.rawValue)**, \(i.date.precision.rawValue): \(i.date.reading)\n"
            for l in p.relation?.locations ?? [] {
                let province = l.province.map { "\($0.name), " } ?? ""
                out += "- \(l.location.name): \(province)\(l.country ?? "—"), \(String(format: "%.1f", l.borderDistance / 1000)) km from the border, side \(l.side) (\(l.sideBasis.rawValue))\n"
            }
            for (k, c) in i.claims.enumerated() {
                out += "- claim by \(c.claimant) (\(c.side)): \(c.summary)\(c.unconfirmed ? " (unconfirmed)" : "")\(p.totalClaims.contains(k) ? " — running total" : "")\n"
            }
            out += "\n| fact | value | words | confidence |\n|---|---|---|---|\n"
            for e in p.evidence {
                let words = String(result.text.text.unicodeScalars.dropFirst(e.start).prefix(max(0, e.end - e.start)))
                out += "| \(e.fact) | \(e.value.replacingOccurrences(of: "|", with: "/")) | \(words.isEmpty ? "(sentence \(e.sentence))" : "“\(words)”") | \(String(format: "%.2f", e.confidence)) |\n"
            }
        }
        if !result.unresolved.isEmpty {
            out += "\n## Unresolved\n\n" + result.unresolved.map { "- \($0.value) (sentence \($0.sentence))\n" }.joined()
        }
        return out
    }
}
