import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// The report as a plain-text table, CSV (one row per cell, with its
/// sources) and JSON.
extension StatsReport {
    public var table: String {
        var out = "\(title) — \(scope)\n\nCounting rules:\n"
        out += IncidentStats.rules.map { "- \($0)\n" }.joined() + "\n"
        var rows = [stats.keys.map(\.rawValue) + ["incidents", "imprecise", "casualties (per claimant)"]]
        for cell in stats.cells {
            rows.append(
                cell.values + [
                    "\(cell.count)", "\(cell.imprecise)",
                    cell.casualties.lines.isEmpty ? "—" : cell.casualties.lines.joined(separator: " | "),
                ])
        }
        rows.append(
            ["total"] + Array(repeating: "", count: stats.keys.count - 1) + [
                "\(stats.total)", "\(stats.totalImprecise)", "(each incident once)",
            ])
        out += SummaryTable.table(rows)
        if !stats.casualties.isEmpty {
            out += "\nCasualties of all counted incidents (never added across claimants):\n"
            out += stats.casualties.lines.map { "- \($0)\n" }.joined()
        }
        out +=
            "\nAlong the line (located places by their nearest segment; incidents per 10 km from its first vertex):\n"
        var lineRows = [["segment", "length", "incidents", "per 10 km"]]
        for s in line.segments where s.incidents > 0 {
            lineRows.append([
                s.segment, String(format: "%.1f km", s.lengthMetres / 1000), "\(s.incidents)",
                s.perStretch.enumerated().filter { $0.element > 0 }.map {
                    "\($0.offset * 10)–\($0.offset * 10 + 10) km: \($0.element)"
                }
                .joined(separator: ", "),
            ])
        }
        out += SummaryTable.table(lineRows)
        out +=
            "\nDepth from the line per side (located places; signed distance positive on \(line.positiveSide)'s side):\n"
        var depthRows = [["side"] + LineProfile.depthLabels]
        for side in line.depthBySide.keys.sorted() {
            depthRows.append([side] + line.depthBySide[side]!.map(String.init))
        }
        out += SummaryTable.table(depthRows)
        return out + "\n" + sourceNote + "\n"
    }

    /// One row per cell: its values, counts, incident ids, casualties and
    /// the addresses of its sources; the counting rules close the file.
    public var csv: String {
        var csv = CSVWriter(
            header: stats.keys.map(\.rawValue) + ["incidents", "imprecise", "incident_ids", "casualties", "sources"])
        for cell in stats.cells {
            csv.append(
                cell.values + [
                    "\(cell.count)", "\(cell.imprecise)", cell.incidentIDs.joined(separator: "; "),
                    cell.casualties.lines.joined(separator: " | "),
                    cell.sources.map(sourceAddress).joined(separator: "; "),
                ])
        }
        csv.append(
            ["total"] + Array(repeating: "", count: stats.keys.count - 1) + [
                "\(stats.total)", "\(stats.totalImprecise)", "", stats.casualties.lines.joined(separator: " | "),
                IncidentStats.rules.joined(separator: " "),
            ])
        return csv.text
    }

    public var jsonObject: JSONObject {
        var o: JSONObject = [:]
        o["title"] = .string(title)
        o["scope"] = .string(scope)
        o["keys"] = .array(stats.keys.map { .string($0.rawValue) })
        o["rules"] = .array(IncidentStats.rules.map(JSONValue.string))
        o["total"] = .number(Double(stats.total))
        o["total_imprecise"] = .number(Double(stats.totalImprecise))
        o["cells"] = .array(
            stats.cells.map { cell in
                .object([
                    "values": .array(cell.values.map(JSONValue.string)), "incidents": .number(Double(cell.count)),
                    "imprecise": .number(Double(cell.imprecise)),
                    "incident_ids": .array(cell.incidentIDs.map(JSONValue.string)),
                    "casualties": Self.json(cell.casualties),
                    "sources": .array(cell.sources.map { .string(sourceAddress($0)) }),
                ])
            })
        o["casualties"] = Self.json(stats.casualties)
        o["line"] = lineJSON
        o["source_note"] = .string(sourceNote)
        return o
    }

    public var json: String {
        var w = JSONWriter()
        w.object(jsonObject)
        return w.string + "\n"
    }

    static func json(_ tally: CasualtyTally) -> JSONValue {
        .array(
            tally.losses.map { loss in
                .object([
                    "side": .string(loss.side), "kind": .string(loss.kind.rawValue),
                    "conservative": .number(Double(tally.conservative[loss] ?? 0)),
                    "claims": .array(
                        (tally.claimants[loss] ?? []).map { c in
                            .object([
                                "claimant": .string(c.claimant), "low": .number(Double(c.figure.low)),
                                "high": c.figure.high.map { .number(Double($0)) } ?? .null,
                                "figure": .string(c.figure.description), "incidents": .number(Double(c.incidents)),
                            ])
                        }),
                ])
            })
    }

    var depthBySide: JSONObject {
        var o: JSONObject = [:]
        for side in line.depthBySide.keys.sorted() {
            o[side] = .array(line.depthBySide[side]!.map { .number(Double($0)) })
        }
        return o
    }

    var lineJSON: JSONValue {
        func metres(_ x: Double) -> JSONValue { .number((x * 10).rounded() / 10) }
        return .object([
            "positive_side": .string(line.positiveSide),
            "bin_m": .number(LineProfile.binMetres),
            "segments": .array(
                line.segments.map { s in
                    .object([
                        "segment": .string(s.segment), "name": .string(s.name), "length_m": metres(s.lengthMetres),
                        "incidents": .number(Double(s.incidents)),
                        "per_stretch": .array(s.perStretch.map { .number(Double($0)) }),
                    ])
                }),
            "depth_bands": .array(LineProfile.depthLabels.map(JSONValue.string)),
            "depth_by_side": .object(depthBySide),
            "placements": .array(
                line.placements.map { p in
                    .object([
                        "incident_id": .string(p.incidentID), "type": .string(p.type.rawValue),
                        "date": .string(p.date.iso), "place": .string(p.place), "segment": .string(p.segment),
                        "chainage_m": metres(p.chainageMetres), "signed_distance_m": metres(p.signedMetres),
                        "side": .string(p.side),
                    ])
                }),
        ])
    }
}
