import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// Scores the reader on a labelled set: incident recall and precision,
/// place resolution, dates and casualty claims, and lists the misses.
///
/// Labels file: `{"texts": [{"id", "file" (relative to the labels file) or
/// "text", "published", "outlet"?, "incidents": [{"date": "YYYY-MM-DD" |
/// "from"/"to", "precision", "type", "places": ["Sotk", "province:Syunik",
/// "sector:Kalbajar"], "claims": [{"claimant_side", "side", "killed" |
/// "wounded" | "captured" | "missing": n | {"at_least": n} | {"low", "high"}}]}]}]}`.
public enum Evaluation {
    public struct Report: Sendable {
        public var texts = 0
        public var expected = 0, predicted = 0, matched = 0
        public var placesExpected = 0, placesRight = 0
        public var datesRight = 0
        public var figuresRight = 0, figuresWrong = 0
        public var misses: [String] = []

        public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
        public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        public var placeAccuracy: Double { placesExpected == 0 ? 1 : Double(placesRight) / Double(placesExpected) }
        public var dateAccuracy: Double { matched == 0 ? 1 : Double(datesRight) / Double(matched) }
        public var claimAccuracy: Double { figuresRight + figuresWrong == 0 ? 1 : Double(figuresRight) / Double(figuresRight + figuresWrong) }

        public var text: String {
            func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
            var out = "texts: \(texts)\n"
            out += "incident recall: \(pct(recall)) (\(matched)/\(expected)); precision: \(pct(precision)) (\(matched)/\(predicted))\n"
            out += "place resolution accuracy: \(pct(placeAccuracy)) (\(placesRight)/\(placesExpected))\n"
            out += "date accuracy: \(pct(dateAccuracy)) (\(datesRight)/\(matched))\n"
            out += "casualty-claim accuracy: \(pct(claimAccuracy)) (\(figuresRight) right, \(figuresWrong) missed or not in the text)\n"
            if !misses.isEmpty { out += "misses:\n" + misses.map { "- \($0)\n" }.joined() }
            return out
        }
    }

    public struct LabelError: Error, CustomStringConvertible {
        public var description: String
    }

    struct Figure: Hashable { var claimant: String; var side: String; var kind: String; var low: Int; var high: Int? }

    public static func run(labels url: URL, ingester: Ingester) throws -> Report {
        let json = try JSONParser.parse(Data(contentsOf: url))
        guard let texts = json.objectValue?["texts"]?.arrayValue else { throw LabelError(description: "expected {\"texts\": [...]}") }
        var report = Report()
        for (t, entry) in texts.enumerated() {
            guard let o = entry.objectValue else { throw LabelError(description: "texts[\(t)]: expected an object") }
            let id = o["id"]?.stringValue ?? "texts[\(t)]"
            let text: String
            if let inline = o["text"]?.stringValue { text = inline } else if let file = o["file"]?.stringValue {
                text = try String(contentsOf: url.deletingLastPathComponent().appendingPathComponent(file), encoding: .utf8)
            } else { throw LabelError(description: "\(id): needs 'text' or 'file'") }
            let published = o["published"]?.stringValue.flatMap(Day.init(iso:))
            let result = ingester.ingest(text, options: IngestOptions(published: published, outlet: o["outlet"]?.stringValue, file: id))
            report.texts += 1
            try score(id: id, labels: o["incidents"]?.arrayValue ?? [], result: result, gazetteer: ingester.relater.gazetteer, into: &report)
        }
        return report
    }

    static func score(id: String, labels: [JSONValue], result: IngestResult, gazetteer: Gazetteer, into report: inout Report) throws {
        report.expected += labels.count
        report.predicted += result.incidents.count
        var free = Array(result.incidents.indices)
        for (k, label) in labels.enumerated() {
            guard let l = label.objectValue, let type = l["type"]?.stringValue.flatMap(EventType.init(rawValue:)) else {
                throw LabelError(description: "\(id) incidents[\(k)]: needs a known 'type'")
            }
            let (start, end) = try interval(l, "\(id) incidents[\(k)]")
            let places = (l["places"]?.arrayValue ?? []).compactMap(\.stringValue)
            let wanted = Set(places.map { placeKey($0, gazetteer) })
            // The proposal of the same family whose dates overlap and which shares a place (if the label has any).
            let candidates = free.filter { i in
                let p = result.incidents[i].incident
                let got = Set(p.locations.map { locationKey($0.kind, gazetteer) })
                return EventTyper.family(p.type) == EventTyper.family(type) && p.date.start <= end && p.date.end >= start
                    && (wanted.isEmpty || !wanted.isDisjoint(with: got) || got.isEmpty)
            }
            guard let best = candidates.max(by: { a, b in
                let ga = Set(result.incidents[a].incident.locations.map { locationKey($0.kind, gazetteer) })
                let gb = Set(result.incidents[b].incident.locations.map { locationKey($0.kind, gazetteer) })
                return ga.intersection(wanted).count < gb.intersection(wanted).count
            }) else {
                report.misses.append("\(id): not found: \(type.rawValue) \(start)…\(end) \(places.joined(separator: ", "))")
                report.placesExpected += wanted.count
                report.figuresWrong += figures(l["claims"]).count
                continue
            }
            free.removeAll { $0 == best }
            report.matched += 1
            let p = result.incidents[best].incident
            let got = Set(p.locations.map { locationKey($0.kind, gazetteer) })
            report.placesExpected += wanted.count
            report.placesRight += wanted.intersection(got).count
            for miss in wanted.subtracting(got) { report.misses.append("\(id): place \(miss) not found for \(p.id)") }
            let precision = l["precision"]?.stringValue ?? "day"
            if p.date.start == start, p.date.end == end, p.date.precision.rawValue == precision { report.datesRight += 1 } else {
                report.misses.append("\(id): date of \(p.id) read as \(p.date.iso) (\(p.date.precision.rawValue)), labelled \(start)…\(end) (\(precision))")
            }
            let expected = figures(l["claims"])
            var predicted = Set<Figure>()
            for c in p.claims {
                for cas in c.casualties {
                    for (kind, f) in cas.figures { predicted.insert(Figure(claimant: c.side, side: cas.side, kind: kind.rawValue, low: f.low, high: f.high)) }
                }
            }
            report.figuresRight += expected.intersection(predicted).count
            report.figuresWrong += expected.symmetricDifference(predicted).count
            for f in expected.subtracting(predicted) { report.misses.append("\(id): claim missed: \(f.claimant) says \(f.side) \(f.kind) \(f.low)\(f.high.map { $0 == f.low ? "" : "–\($0)" } ?? "+")") }
            for f in predicted.subtracting(expected) { report.misses.append("\(id): claim not in the labels: \(f.claimant) says \(f.side) \(f.kind) \(f.low)\(f.high.map { $0 == f.low ? "" : "–\($0)" } ?? "+")") }
        }
        for i in free { report.misses.append("\(id): extra proposal \(result.incidents[i].incident.id)") }
    }

    static func interval(_ l: JSONObject, _ at: String) throws -> (Day, Day) {
        if let on = l["date"]?.stringValue, let d = Day(iso: on) { return (d, d) }
        if let from = l["from"]?.stringValue.flatMap(Day.init(iso:)), let to = l["to"]?.stringValue.flatMap(Day.init(iso:)) { return (from, to) }
        throw LabelError(description: "\(at): needs 'date' or 'from'/'to' as YYYY-MM-DD")
    }

    static func figures(_ claims: JSONValue?) -> Set<Figure> {
        var out = Set<Figure>()
        for c in claims?.arrayValue ?? [] {
            guard let o = c.objectValue else { continue }
            for kind in CasualtyKind.allCases {
                guard let v = o[kind.rawValue] else { continue }
                let (low, high): (Int, Int?)
                if let n = v.numberValue { (low, high) = (Int(n), Int(n)) } else if let f = v.objectValue {
                    if let n = f["at_least"]?.numberValue { (low, high) = (Int(n), nil) }
                    else { (low, high) = (Int(f["low"]?.numberValue ?? 0), f["high"]?.numberValue.map { Int($0) }) }
                } else { continue }
                out.insert(Figure(claimant: o["claimant_side"]?.stringValue ?? "third", side: o["side"]?.stringValue ?? "ALL",
                                  kind: kind.rawValue, low: low, high: high))
            }
        }
        return out
    }

    /// "Sotk", "province:Syunik", "sector:Kalbajar" → a key naming the gazetteer feature.
    static func placeKey(_ label: String, _ gazetteer: Gazetteer) -> String {
        if label.hasPrefix("province:") { return "province:" + provinceID(String(label.dropFirst(9)), gazetteer) }
        if label.hasPrefix("sector:") { return "sector:" + provinceID(String(label.dropFirst(7)), gazetteer) }
        return locationKey(.place(label), gazetteer)
    }

    static func locationKey(_ kind: IncidentLocation.Kind, _ gazetteer: Gazetteer) -> String {
        switch kind {
        case let .place(n):
            switch gazetteer.candidates(n).first {
            case let .settlement(s)?: return "settlement:\(s.id)"
            case let .province(p)?: return "province:\(p.id)"
            case nil: return "unknown:\(NameFolding.key(n))"
            }
        case let .province(n): return "province:" + provinceID(n, gazetteer)
        case let .borderSector(n): return "sector:" + provinceID(n, gazetteer)
        case let .point(c): return "point:\(c.longitude),\(c.latitude)"
        }
    }

    static func provinceID(_ name: String, _ gazetteer: Gazetteer) -> String {
        for t in gazetteer.candidates(name) { if case let .province(p) = t { return p.id } }
        return NameFolding.key(name)
    }
}
