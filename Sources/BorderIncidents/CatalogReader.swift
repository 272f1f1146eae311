import Foundation
import BorderGeodata
import GeometryCore

/// The incident catalog: the reports it cites and the incidents it records.
public struct Catalog: Sendable {
    public var sources: [SourceReport]
    public var incidents: [Incident]

    public init(sources: [SourceReport], incidents: [Incident]) {
        self.sources = sources
        self.incidents = incidents
    }

    public func source(id: String) -> SourceReport? { sources.first { $0.id == id } }
    public func incident(id: String) -> Incident? { incidents.first { $0.id == id } }
}

/// Why a catalog was rejected: the file, the JSON path and the value.
public struct CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String?
    public var path: String
    public var message: String
    public var description: String { "\(file.map { "\($0): " } ?? "")\(path.isEmpty ? "(root)" : path): \(message)" }
}

/// Reads a theatre pack's `incidents.json` (format in `geodata/theatres/am-az/INCIDENTS.md`).
public enum CatalogReader {
    public static func read(contentsOf url: URL) throws(CatalogError) -> Catalog {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CatalogError(file: url.path, path: "", message: "cannot read: \(error.localizedDescription)")
        }
        do { return try read(data) } catch {
            var e = error
            e.file = url.path
            throw e
        }
    }

    /// The catalogs of the theatre packs under `geodataDirectory` (those of
    /// `theatres`, else of `$BORDERWATCH_THEATRES`, else all), one after the
    /// other; a pack without `incidents.json` adds nothing.
    public static func readBundled(in geodataDirectory: URL, theatres: [String]? = nil) throws(CatalogError) -> Catalog
    {
        let packs: [TheatrePack]
        do { packs = try TheatrePack.selected(in: geodataDirectory, ids: theatres) } catch {
            throw CatalogError(file: geodataDirectory.path, path: "", message: error.description)
        }
        var union = Catalog(sources: [], incidents: [])
        for pack in packs {
            let url = pack.directory.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let catalog = try read(contentsOf: url)
            let taken = Set(union.incidents.map(\.id)).union(union.sources.map(\.id))
            if let clash = (catalog.incidents.map(\.id) + catalog.sources.map(\.id)).first(where: taken.contains) {
                throw CatalogError(
                    file: url.path, path: "", message: "id \(clash) is already used by another theatre's catalog")
            }
            union.sources += catalog.sources
            union.incidents += catalog.incidents
        }
        return union
    }

    /// The catalog's file name in a theatre pack.
    public static let fileName = "incidents.json"

    public static func read(_ data: Data) throws(CatalogError) -> Catalog {
        let json: JSONValue
        do { json = try JSONParser.parse(data) } catch {
            throw CatalogError(file: nil, path: "", message: "not valid JSON: \(error)")
        }
        let root = Node(json, "")
        var sources: [SourceReport] = []
        for s in try root["sources"].array() {
            guard let day = Day(iso: try s["published"].string()) else {
                throw s["published"].fail("expected a date YYYY-MM-DD")
            }
            sources.append(
                SourceReport(
                    id: try s["id"].string(), outlet: try s["outlet"].string(),
                    headline: try s["headline"].string(), published: day, file: try s["file"].string()))
        }
        let published = Dictionary(sources.map { ($0.id, $0.published) }, uniquingKeysWith: { a, _ in a })
        func sourceIDs(_ n: Node) throws(CatalogError) -> [String] {
            var ids: [String] = []
            for item in try n.array() {
                let id = try item.string()
                guard published[id] != nil else { throw item.fail("unknown source '\(id)'") }
                ids.append(id)
            }
            return ids
        }
        var incidents: [Incident] = []
        var seen = Set<String>()
        for n in try root["incidents"].array() {
            let id = try n["id"].string()
            guard seen.insert(id).inserted else { throw n["id"].fail("duplicate incident id '\(id)'") }
            let typeName = try n["type"].string()
            guard let type = EventType(rawValue: typeName) else {
                throw n["type"].fail(
                    "unknown type '\(typeName)'; expected one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            var locations: [IncidentLocation] = []
            for l in try n["locations"].array() { locations.append(try location(l, sourceIDs)) }
            var claims: [Claim] = []
            for c in try n["claims"].array() { claims.append(try claim(c, sourceIDs)) }
            let statusName = try n["status"].optionalString() ?? Incident.Status.reviewed.rawValue
            guard let status = Incident.Status(rawValue: statusName) else {
                throw n["status"].fail("expected reviewed or proposed")
            }
            incidents.append(
                Incident(
                    id: id, title: try n["title"].string(), type: type, date: try date(n["date"], published),
                    localTime: try n["local_time"].optionalString(),
                    sides: try n["sides"].array().map { s throws(CatalogError) in try s.string() },
                    locations: locations, claims: claims, sources: try sourceIDs(n["sources"]),
                    notes: try n["notes"].optionalString(),
                    status: status))
        }
        return Catalog(sources: sources, incidents: incidents)
    }

    private static func date(_ n: Node, _ published: [String: Day]) throws(CatalogError) -> IncidentDate {
        func day(_ m: Node) throws(CatalogError) -> Day {
            guard let d = Day(iso: try m.string()) else { throw m.fail("expected a date YYYY-MM-DD") }
            return d
        }
        if n["phrase"].exists {
            let source = try n["source"].string()
            guard let pub = published[source] else { throw n["source"].fail("unknown source '\(source)'") }
            let phrase = try n["phrase"].string()
            do { return try RelativeDate.resolve(phrase, published: pub) } catch {
                throw n["phrase"].fail("cannot read the phrase '\(error.phrase)'")
            }
        }
        if n["on"].exists {
            let d = try day(n["on"])
            return IncidentDate(
                start: d, end: d, precision: .day, reading: try n["reading"].optionalString() ?? "stated")
        }
        if n["from"].exists {
            let from = try day(n["from"]), to = try day(n["to"])
            guard from <= to else { throw n["to"].fail("ends before it starts") }
            let precisionName = try n["precision"].optionalString() ?? "period"
            guard let precision = IncidentDate.Precision(rawValue: precisionName) else {
                throw n["precision"].fail("expected day, week, month or period")
            }
            return IncidentDate(
                start: from, end: to, precision: precision, reading: try n["reading"].optionalString() ?? "stated")
        }
        throw n.fail("a date needs 'on', 'from'/'to', or 'phrase' with 'source'")
    }

    private static func location(_ n: Node, _ ids: (Node) throws(CatalogError) -> [String]) throws(CatalogError)
        -> IncidentLocation
    {
        let kind: IncidentLocation.Kind
        if n["place"].exists {
            kind = .place(try n["place"].string())
        } else if n["border_sector"].exists {
            kind = .borderSector(try n["border_sector"].string())
        } else if n["province"].exists {
            kind = .province(try n["province"].string())
        } else if n["point"].exists {
            let pair = try n["point"].array()
            guard pair.count == 2 else { throw n["point"].fail("expected [longitude, latitude]") }
            do {
                kind = .point(try Coordinate(longitude: try pair[0].number(), latitude: try pair[1].number()))
            } catch let e as GeometryError {
                throw n["point"].fail(e.description)
            } catch let e as CatalogError { throw e } catch { throw n["point"].fail("\(error)") }
        } else {
            throw n.fail("a location needs 'place', 'border_sector', 'province' or 'point'")
        }
        let precision = Int(try n["precision"].number())
        guard (1...3).contains(precision) else { throw n["precision"].fail("expected 1, 2 or 3, found \(precision)") }
        return IncidentLocation(
            kind: kind, precision: precision, relation: try n["relation"].optionalString() ?? "at",
            claimedBy: try n["claimed_by"].optionalString(), sources: try ids(n["sources"]))
    }

    private static func claim(_ n: Node, _ ids: (Node) throws(CatalogError) -> [String]) throws(CatalogError) -> Claim {
        var casualties: [CasualtyClaim] = []
        if n["casualties"].exists {
            for c in try n["casualties"].array() {
                var figures: [CasualtyKind: CasualtyFigure] = [:]
                for kind in CasualtyKind.allCases where c[kind.rawValue].exists {
                    figures[kind] = try figure(c[kind.rawValue])
                }
                casualties.append(CasualtyClaim(side: try c["side"].string(), figures: figures))
            }
        }
        return Claim(
            claimant: try n["claimant"].string(), side: try n["side"].string(), role: try n["role"].string(),
            summary: try n["summary"].string(), casualties: casualties,
            unconfirmed: n["unconfirmed"].value?.boolValue ?? false, sources: try ids(n["sources"]))
    }

    /// 3, {"at_least": 105}, {"more_than": 12} or {"low": 6000, "high": 6900}.
    private static func figure(_ n: Node) throws(CatalogError) -> CasualtyFigure {
        if case .number = n.value { return CasualtyFigure(exactly: Int(try n.number())) }
        if n["at_least"].exists { return CasualtyFigure(atLeast: Int(try n["at_least"].number())) }
        if n["more_than"].exists { return CasualtyFigure(atLeast: Int(try n["more_than"].number()) + 1) }
        if n["low"].exists {
            let low = Int(try n["low"].number())
            let high = n["high"].exists ? Int(try n["high"].number()) : nil
            return CasualtyFigure(low: low, high: high)
        }
        throw n.fail("expected a number, {\"at_least\": n}, {\"more_than\": n} or {\"low\": n, \"high\": m}")
    }
}

/// A JSON value with its path, for errors that say where.
struct Node {
    let value: JSONValue?
    let path: String

    init(_ value: JSONValue?, _ path: String) {
        self.value = value
        self.path = path
    }

    var exists: Bool { value != nil && value != .null }

    subscript(key: String) -> Node {
        Node(value?.objectValue?[key], path.isEmpty ? key : "\(path).\(key)")
    }

    func fail(_ message: String) -> CatalogError {
        let shown = value.map { v -> String in
            var w = JSONWriter()
            w.value(v)
            let text = w.string
            return text.count > 60 ? String(text.prefix(57)) + "..." : text
        }
        return CatalogError(file: nil, path: path, message: message + (shown.map { " (found \($0))" } ?? " (missing)"))
    }

    func string() throws(CatalogError) -> String {
        guard case let .string(s)? = value else { throw fail("expected a string") }
        return s
    }

    func optionalString() throws(CatalogError) -> String? {
        guard exists else { return nil }
        return try string()
    }

    func number() throws(CatalogError) -> Double {
        guard case let .number(n)? = value else { throw fail("expected a number") }
        return n
    }

    func array() throws(CatalogError) -> [Node] {
        guard case let .array(items)? = value else { throw fail("expected an array") }
        return items.enumerated().map { Node($1, "\(path)[\($0)]") }
    }
}
