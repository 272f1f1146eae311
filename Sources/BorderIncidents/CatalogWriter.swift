import Foundation
import GeometryCore

/// Writes a catalog in the format `CatalogReader` reads (geodata/theatres/am-az/INCIDENTS.md):
/// reading what it writes gives the same catalog. Relative dates are written
/// as the interval they were read as, with the reading that produced it.
public enum CatalogWriter {
    public static func write(_ catalog: Catalog, to url: URL) throws(OutputError) {
        try AtomicFile.write(render(catalog), to: url)
    }

    /// The catalog as JSON text: one source per line, one location or claim per line.
    public static func render(_ catalog: Catalog) -> String {
        var out = "{\n  \"sources\": [\n"
        out += catalog.sources.map { "    " + json(.object(source($0))) }.joined(separator: ",\n")
        out += "\n  ],\n  \"incidents\": [\n"
        out += catalog.incidents.map(incidentBlock).joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }

    static func source(_ s: SourceReport) -> JSONObject {
        [
            "id": .string(s.id), "outlet": .string(s.outlet), "headline": .string(s.headline),
            "published": .string(s.published.description), "file": .string(s.file),
        ]
    }

    private static func incidentBlock(_ i: Incident) -> String {
        var lines: [String] = []
        func member(_ key: String, _ value: JSONValue) {
            lines.append("      " + json(.string(key)) + ": " + json(value))
        }
        func list(_ key: String, _ items: [JSONValue]) {
            guard !items.isEmpty else { return member(key, .array([])) }
            lines.append(
                "      " + json(.string(key)) + ": [\n" + items.map { "        " + json($0) }.joined(separator: ",\n")
                    + "\n      ]")
        }
        member("id", .string(i.id))
        member("title", .string(i.title))
        member("type", .string(i.type.rawValue))
        if i.status != .reviewed { member("status", .string(i.status.rawValue)) }
        member("date", .object(date(i.date)))
        if let t = i.localTime { member("local_time", .string(t)) }
        member("sides", .array(i.sides.map(JSONValue.string)))
        list("locations", i.locations.map { .object(location($0)) })
        list("claims", i.claims.map { .object(claim($0)) })
        member("sources", .array(i.sources.map(JSONValue.string)))
        if let n = i.notes { member("notes", .string(n)) }
        return "    {\n" + lines.joined(separator: ",\n") + "\n    }"
    }

    static func date(_ d: IncidentDate) -> JSONObject {
        if d.isSingleDay && d.precision == .day {
            return ["on": .string(d.start.description), "reading": .string(d.reading)]
        }
        return [
            "from": .string(d.start.description), "to": .string(d.end.description),
            "precision": .string(d.precision.rawValue), "reading": .string(d.reading),
        ]
    }

    static func location(_ l: IncidentLocation) -> JSONObject {
        var o: JSONObject = [:]
        switch l.kind {
        case let .place(n): o["place"] = .string(n)
        case let .borderSector(n): o["border_sector"] = .string(n)
        case let .province(n): o["province"] = .string(n)
        case let .point(c): o["point"] = [.number(c.longitude), .number(c.latitude)]
        }
        o["precision"] = .number(Double(l.precision))
        o["relation"] = .string(l.relation)
        if let side = l.claimedBy { o["claimed_by"] = .string(side) }
        o["sources"] = .array(l.sources.map(JSONValue.string))
        return o
    }

    static func claim(_ c: Claim) -> JSONObject {
        var o: JSONObject = [
            "claimant": .string(c.claimant), "side": .string(c.side), "role": .string(c.role),
            "summary": .string(c.summary),
        ]
        if c.unconfirmed { o["unconfirmed"] = .bool(true) }
        o["casualties"] = .array(
            c.casualties.map { casualty in
                var f: JSONObject = ["side": .string(casualty.side)]
                for kind in CasualtyKind.allCases {
                    if let figure = casualty.figures[kind] { f[kind.rawValue] = Self.figure(figure) }
                }
                return .object(f)
            })
        o["sources"] = .array(c.sources.map(JSONValue.string))
        return o
    }

    /// 3, {"at_least": 105} or {"low": 6000, "high": 6900}.
    static func figure(_ f: CasualtyFigure) -> JSONValue {
        if f.isExact { return .number(Double(f.low)) }
        if let high = f.high { return .object(["low": .number(Double(f.low)), "high": .number(Double(high))]) }
        return .object(["at_least": .number(Double(f.low))])
    }

    private static func json(_ v: JSONValue) -> String {
        var w = JSONWriter()
        w.value(v)
        return w.string
    }
}
