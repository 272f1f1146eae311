import BorderGeodata
import BorderIncidents
import GeometryCore

/// JSON forms of the engine's answers, shared by the command's `--format
/// json`, the map layers' properties and the reports.
public enum RelationJSON {
    static func round(_ x: Double, _ places: Int = 1) -> JSONValue {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .number((x * scale).rounded() / scale)
    }

    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    public static func location(_ l: LocationRelation) -> JSONObject {
        var o: JSONObject = [:]
        o["name"] = .string(l.location.name)
        o["theatre"] = optional(l.theatre)
        o["kind"] = .string(kindName(l.location.kind))
        o["precision"] = .number(Double(l.location.precision))
        o["relation"] = .string(l.location.relation)
        o["claimed_by"] = optional(l.location.claimedBy)
        o["longitude"] = round(l.coordinate.longitude, 6)
        o["latitude"] = round(l.coordinate.latitude, 6)
        o["resolution"] = .string(l.resolution)
        o["settlement_id"] = optional(l.settlementID)
        o["country"] = optional(l.country)
        o["province_id"] = optional(l.province?.id)
        o["province"] = optional(l.province?.name)
        o["province_local"] = optional(l.province?.localName)
        o["district_id"] = optional(l.district?.id)
        o["district"] = optional(l.district?.label)
        o["border_distance_m"] = round(l.borderDistance)
        o["nearest_segment"] = .string(l.nearestSegment)
        o["nearest_border_point"] = [round(l.nearestBorderPoint.longitude, 6), round(l.nearestBorderPoint.latitude, 6)]
        o["side"] = .string(l.side)
        o["side_basis"] = .string(l.sideBasis.rawValue)
        o["within_tolerance"] = .bool(l.withinTolerance)
        o["tolerance_m"] = round(l.toleranceMetres, 0)
        o["inside_1991_oblast"] = .bool(l.inside1991Oblast)
        o["exclave"] = optional(l.exclave?.id)
        o["de_jure"] = optional(l.exclave?.deJure)
        o["controlled_by"] = optional(l.exclave?.controlledBy)
        if let d = l.dated { for (key, value) in dated(d).members { o[key] = value } }
        o["nearby"] = .array(
            l.nearby.map { n in
                .object([
                    "name": .string(n.settlement.name), "id": .string(n.settlement.id),
                    "distance_m": round(n.distance), "bearing_deg": round(n.bearing), "phrase": .string(n.phrase),
                ])
            })
        return o
    }

    /// The side on a day and today, and whether they differ.
    static func dated(_ d: DatedSide) -> JSONObject {
        [
            "side_date": .string(d.day.description), "line_version": optional(d.lineVersion),
            "side_at_date": .string(d.sideAtDate), "side_now": .string(d.sideNow), "side_changed": .bool(d.changed),
            "controlled_by_at_date": optional(d.controlledByAtDate),
        ]
    }

    /// The CSV columns of `dated`, in order, after a relation's own.
    public static let datedColumns = [
        "side_date", "line_version", "side_at_date", "side_now", "side_changed", "controlled_by_at_date",
    ]

    public static func datedCells(_ d: DatedSide?) -> [String] {
        guard let d else { return Array(repeating: "", count: datedColumns.count) }
        return [
            d.day.description, d.lineVersion ?? "", d.sideAtDate, d.sideNow, d.changed ? "true" : "false",
            d.controlledByAtDate ?? "",
        ]
    }

    /// "Artsvashen …: de jure ARM, held by AZE".
    public static func exclaveText(_ e: BorderSegment) -> String {
        "\(e.name): de jure \(e.deJure ?? "?"), held by \(e.controlledBy ?? "?")"
    }

    static func kindName(_ k: IncidentLocation.Kind) -> String {
        switch k {
        case .place: "place"
        case .point: "point"
        case .borderSector: "border-sector"
        case .province: "province"
        }
    }

    public static func incident(_ i: Incident, catalog: Catalog) -> JSONObject {
        var o: JSONObject = [:]
        o["id"] = .string(i.id)
        o["title"] = .string(i.title)
        o["type"] = .string(i.type.rawValue)
        o["date"] = .string(i.date.iso)
        o["date_precision"] = .string(i.date.precision.rawValue)
        o["date_reading"] = .string(i.date.reading)
        o["local_time"] = optional(i.localTime)
        o["sides"] = .array(i.sides.map(JSONValue.string))
        o["claims"] = .array(
            i.claims.map { c in
                var figures: [JSONValue] = []
                for cas in c.casualties {
                    var f: JSONObject = ["side": .string(cas.side)]
                    for kind in CasualtyKind.allCases { if let v = cas.figures[kind] { f[kind.rawValue] = figure(v) } }
                    figures.append(.object(f))
                }
                return .object([
                    "claimant": .string(c.claimant), "side": .string(c.side), "role": .string(c.role),
                    "summary": .string(c.summary), "unconfirmed": .bool(c.unconfirmed),
                    "casualties": .array(figures), "sources": .array(c.sources.map(JSONValue.string)),
                ])
            })
        o["casualty_summary"] = .array(
            i.summary.entries.map { e in
                .object([
                    "side": .string(e.side), "kind": .string(e.kind.rawValue),
                    "conservative": .number(Double(e.conservative)),
                    "low": .number(Double(e.low)), "high": e.high.map { .number(Double($0)) } ?? .null,
                    "disputed": .bool(e.disputed),
                ])
            })
        o["sources"] = .array(
            i.sources.compactMap { catalog.source(id: $0) }.map { s in
                .object([
                    "id": .string(s.id), "outlet": .string(s.outlet), "headline": .string(s.headline),
                    "published": .string(s.published.description), "file": .string(s.file),
                ])
            })
        o["notes"] = optional(i.notes)
        return o
    }

    static func figure(_ f: CasualtyFigure) -> JSONValue {
        .object([
            "low": .number(Double(f.low)), "high": f.high.map { .number(Double($0)) } ?? .null,
            "text": .string(f.description),
        ])
    }

    public static func relation(_ r: IncidentRelation, catalog: Catalog) -> JSONObject {
        var o = incident(r.incident, catalog: catalog)
        o["locations"] = .array(r.locations.map { .object(location($0)) })
        o["extent_bbox"] = r.extent.map { .array($0.bbox.map { round($0, 6) }) } ?? .null
        o["spread_m"] = round(r.spreadMetres)
        return o
    }

    /// "ARM killed 3, wounded 4; AZE wounded 2" from the conservative figures;
    /// "105+" is a floor, "1*" a figure other claims dispute.
    public static func casualtyLine(_ i: Incident) -> String {
        var bySide: [(String, [String])] = []
        for e in i.summary.entries {
            // "+" marks a floor ("at least 105"), "*" claims that disagree.
            let text = "\(e.kind.rawValue) \(e.conservative)\(e.high == nil ? "+" : "")\(e.disputed ? "*" : "")"
            if let k = bySide.firstIndex(where: { $0.0 == e.side }) {
                bySide[k].1.append(text)
            } else {
                bySide.append((e.side, [text]))
            }
        }
        return bySide.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
    }
}
