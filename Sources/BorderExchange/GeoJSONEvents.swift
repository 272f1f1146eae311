import BorderIncidents
import Foundation
import GeometryCore

/// Events as RFC 7946 point features, one per incident: the properties
/// id, title, type (the model's names), date_start, date_end,
/// date_precision, sides, geo_precision, killed, notes, source. Export adds
/// the stored relation (country, province) for reading in QGIS; import
/// ignores what it does not know.
public enum GeoJSONEvents {
    static let outletPrefix = "GeoJSON: "

    public static func read(_ data: Data, file: String) throws(FormatError) -> ReadResult {
        let features: [Feature]
        do { features = try GeoJSONReader.read(data).features } catch {
            throw FormatError(line: 1, message: "not GeoJSON: \(error)")
        }
        var result = ReadResult()
        for (k, f) in features.enumerated() {
            do { result.records.append(try record(f, number: k + 1, file: file)) } catch {
                result.rejected.append(RejectedRow(line: 0, reason: "features[\(k)]: \(error.reason)"))
            }
        }
        return result
    }

    private static func record(_ f: Feature, number: Int, file: String) throws(TableRows.RowError) -> EventRecord {
        let text = { (name: String) in Self.text(f, name) }
        guard let id = text("id") ?? f.id.flatMap(idText) else {
            throw .init("no id (a feature id or an 'id' property)")
        }
        guard case let .point(p)? = f.geometry else { throw .init("geometry must be a Point") }
        let date = try self.date(f)
        guard let type = EventType(rawValue: text("type") ?? "armed-clash") else {
            throw .init(
                "unknown type '\(text("type")!)': expected one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let geoPrecision = Int(text("geo_precision") ?? "1") ?? 0
        guard (1...3).contains(geoPrecision) else {
            throw .init("unknown geo_precision '\(text("geo_precision")!)': expected 1, 2 or 3")
        }
        let key = "geojson:\(id)"
        let incident = Incident(
            id: id, title: text("title") ?? id, type: type, date: date, localTime: text("local_time"),
            sides: sides(f),
            locations: [
                IncidentLocation(
                    kind: .point(p.coordinate), precision: geoPrecision, relation: "at", claimedBy: nil,
                    sources: [key])
            ],
            claims: try killedClaim(f, source: key).map { [$0] } ?? [], sources: [key], notes: text("notes"))
        let source = SourceReport(
            id: key, outlet: outletPrefix + (text("source") ?? ""), headline: text("title") ?? id,
            published: date.end, file: file)
        var w = JSONWriter()
        w.object(f.properties ?? [:])
        let digest = ContentDigest.of([w.string, "\(p.longitude)", "\(p.latitude)"])
        return EventRecord(key: key, line: number, source: source, incident: incident, digest: digest)
    }

    /// A property as text: a non-empty string, or a number (whole numbers without a decimal point).
    private static func text(_ f: Feature, _ name: String) -> String? {
        switch f[name] {
        case let .string(s)?: s.isEmpty ? nil : s
        case let .number(n)?: n == n.rounded() ? String(Int(n)) : String(n)
        default: nil
        }
    }

    /// `date_start` (or `date`), `date_end` and `date_precision`, checked.
    private static func date(_ f: Feature) throws(TableRows.RowError) -> IncidentDate {
        let text = { (name: String) in Self.text(f, name) }
        guard let startText = text("date_start") ?? text("date"), let start = FormatSupport.day(startText) else {
            throw .init("bad date '\(text("date_start") ?? "")': expected date_start YYYY-MM-DD")
        }
        guard let end = text("date_end").map(FormatSupport.day) ?? start else {
            throw .init("bad date_end '\(text("date_end")!)'")
        }
        guard start <= end else { throw .init("date_end \(end) is before date_start \(start)") }
        guard
            let precision = IncidentDate.Precision(
                rawValue: text("date_precision") ?? (start == end ? "day" : "period"))
        else {
            throw .init("unknown date_precision '\(text("date_precision")!)': expected day, week, month or period")
        }
        return IncidentDate(start: start, end: end, precision: precision, reading: "GeoJSON date_start/date_end")
    }

    /// `sides` as an array of codes or one text separated by semicolons.
    private static func sides(_ f: Feature) -> [String] {
        switch f["sides"] {
        case let .array(a)?: a.compactMap(\.stringValue)
        case let .string(s)?: s.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        default: []
        }
    }

    /// The dataset's claim of `killed`, when the feature gives a figure.
    private static func killedClaim(_ f: Feature, source key: String) throws(TableRows.RowError) -> Claim? {
        guard let killed = f["killed"], killed != .null else { return nil }
        guard let n = killed.numberValue, n >= 0, n == n.rounded() else {
            throw .init("killed must be a whole number ≥ 0")
        }
        return Claim(
            claimant: text(f, "source") ?? "GeoJSON", side: "third", role: "dataset",
            summary: "\(Int(n)) reported killed",
            casualties: [CasualtyClaim(side: "ALL", figures: [.killed: CasualtyFigure(exactly: Int(n))])],
            unconfirmed: false, sources: [key])
    }

    private static func idText(_ v: JSONValue) -> String? {
        switch v {
        case let .string(s): s
        case let .number(n): String(Int(n))
        default: nil
        }
    }

    public static func write(_ events: [ExportedEvent], sources: [String: SourceReport]) -> String {
        let features = events.map { e -> Feature in
            let i = e.incident
            var p: JSONObject = [
                "id": .string(i.id), "title": .string(i.title), "type": .string(i.type.rawValue),
                "date_start": .string(i.date.start.description), "date_end": .string(i.date.end.description),
                "date_precision": .string(i.date.precision.rawValue), "sides": .array(i.sides.map(JSONValue.string)),
                "geo_precision": .number(Double(i.locations.first?.precision ?? 3)),
            ]
            p["killed"] = FormatSupport.killed(i).map { .number(Double($0)) } ?? .null
            p["notes"] = i.notes.map(JSONValue.string) ?? .null
            p["source"] = .string(FormatSupport.outlets(i, sources, prefix: outletPrefix))
            p["country"] = e.country.map(JSONValue.string) ?? .null
            p["province"] = e.province.map(JSONValue.string) ?? .null
            return Feature(id: .string(i.id), geometry: .point(Point(e.coordinate)), properties: p)
        }
        return GeoJSONWriter(decimals: 7).string(FeatureCollection(features))
    }
}
