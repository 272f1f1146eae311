import BorderIncidents
import Foundation
import GeometryCore

/// A report with the incidents it holds, labelled by hand: the development
/// set `ingest --evaluate` scores the reader on.
public struct LabelledReport: Sendable {
    public struct Figure: Hashable, Sendable, CustomStringConvertible {
        public var claimantSide: String
        public var side: String
        public var kind: String
        public var low: Int
        public var high: Int?
        public var description: String {
            "\(claimantSide) says \(side) \(kind) \(CasualtyFigure(low: low, high: high))"
        }
    }

    public struct Expected: Sendable {
        public var type: EventType
        /// Nil: the text gives only phrases that cannot be resolved.
        public var date: IncidentDate?
        public var places: [String]
        public var figures: [Figure]
    }

    public var id: String
    public var text: String
    public var published: Day?
    public var outlet: String?
    public var incidents: [Expected]

    public struct LabelError: Error, CustomStringConvertible, Sendable { public var description: String }

    /// Reads the labels; a report given by `file` is read relative to the
    /// labels' folder and left out (with a note) when absent.
    public static func read(contentsOf url: URL) throws -> [LabelledReport] {
        let json = try JSONParser.parse(try Data(contentsOf: url))
        guard let reports = json.objectValue?["reports"]?.arrayValue else {
            throw LabelError(description: "\(url.path): expected {\"reports\": [...]}")
        }
        var out: [LabelledReport] = []
        for (n, r) in reports.enumerated() {
            func fail(_ m: String) -> LabelError { LabelError(description: "\(url.path): reports[\(n)]: \(m)") }
            guard let o = r.objectValue, let id = o["id"]?.stringValue else { throw fail("needs an id") }
            var text = o["text"]?.stringValue
            if text == nil, let file = o["file"]?.stringValue {
                let path = url.deletingLastPathComponent().appendingPathComponent(file)
                guard let t = try? String(contentsOf: path, encoding: .utf8) else { continue }
                text = t
            }
            guard let text else { throw fail("needs text or file") }
            let published = try o["published"]?.stringValue.map { s throws(LabelError) -> Day in
                guard let d = Day(iso: s) else { throw fail("published '\(s)': expected YYYY-MM-DD") }
                return d
            }
            var expected: [Expected] = []
            for (k, i) in (o["incidents"]?.arrayValue ?? []).enumerated() {
                guard let io = i.objectValue, let tn = io["type"]?.stringValue, let type = EventType(rawValue: tn)
                else {
                    throw fail("incidents[\(k)]: needs a known type")
                }
                var date: IncidentDate?
                if let from = io["from"]?.stringValue {
                    guard let a = Day(iso: from), let b = Day(iso: io["to"]?.stringValue ?? from),
                        let p = IncidentDate.Precision(rawValue: io["precision"]?.stringValue ?? "day")
                    else {
                        throw fail("incidents[\(k)]: bad from/to/precision")
                    }
                    date = IncidentDate(start: a, end: b, precision: p, reading: "label")
                }
                let figures = try (io["casualties"]?.arrayValue ?? []).map { c throws(LabelError) -> Figure in
                    guard let co = c.objectValue, let cs = co["claimant_side"]?.stringValue,
                        let s = co["side"]?.stringValue,
                        let kind = co["kind"]?.stringValue, let low = co["low"]?.numberValue
                    else {
                        throw fail("incidents[\(k)].casualties: needs claimant_side, side, kind, low")
                    }
                    let high: Int? = co["high"].map { $0.isNull ? nil : Int($0.numberValue ?? low) } ?? Int(low)
                    return Figure(claimantSide: cs, side: s, kind: kind, low: Int(low), high: high)
                }
                expected.append(
                    Expected(
                        type: type, date: date, places: (io["places"]?.arrayValue ?? []).compactMap(\.stringValue),
                        figures: figures))
            }
            out.append(
                LabelledReport(
                    id: id, text: text, published: published, outlet: o["outlet"]?.stringValue, incidents: expected))
        }
        return out
    }
}

/// Scores the reader on a labelled set: incident recall and precision, place
/// resolution (right gazetteer feature), dates (right interval and
/// precision), casualty claims (figure, affected side, claimant's side; a
/// figure the text does not state is an error), and the misses.
public enum Evaluation {
    public struct Scores: Sendable {
        public var reports = 0
        public var labelled = 0, proposed = 0, matched = 0
        public var placesRight = 0, placesAll = 0
        public var datesRight = 0
        public var figuresRight = 0, figuresAll = 0
        public var misses: [String] = []

        public var recall: Double { labelled == 0 ? 1 : Double(matched) / Double(labelled) }
        public var precision: Double { proposed == 0 ? 1 : Double(matched) / Double(proposed) }
        public var placeAccuracy: Double { placesAll == 0 ? 1 : Double(placesRight) / Double(placesAll) }
        public var dateAccuracy: Double { matched == 0 ? 1 : Double(datesRight) / Double(matched) }
        public var casualtyAccuracy: Double { figuresAll == 0 ? 1 : Double(figuresRight) / Double(figuresAll) }

        public var text: String {
            func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
            return """
                reports: \(reports)
                incident recall: \(pct(recall)) (\(matched) of \(labelled) labelled)
                incident precision: \(pct(precision)) (\(matched) of \(proposed) proposed)
                place resolution accuracy: \(pct(placeAccuracy)) (\(placesRight) of \(placesAll))
                date accuracy: \(pct(dateAccuracy)) (\(datesRight) of \(matched) matched)
                casualty-claim accuracy: \(pct(casualtyAccuracy)) (\(figuresRight) of \(figuresAll))
                misses:
                """ + misses.map { "\n  " + $0 }.joined() + "\n"
        }
    }

    static func figures(_ i: Incident) -> [LabelledReport.Figure] {
        i.claims.flatMap { c in
            c.casualties.flatMap { cas in
                cas.figures.map { kind, f in
                    .init(claimantSide: c.side, side: cas.side, kind: kind.rawValue, low: f.low, high: f.high)
                }
            }
        }
    }

    public static func run(_ set: [LabelledReport], ingester: ReportIngester) -> Scores {
        var s = Scores()
        for report in set {
            s.reports += 1
            let result = ingester.ingest(
                report.text, published: report.published, outlet: report.outlet, sourceURL: nil)
            s.labelled += report.incidents.count
            s.proposed += result.incidents.count
            var proposedFigures = result.incidents.map { figures($0.incident) }
            let partner = pairs(report, result)
            for (k, e) in report.incidents.enumerated() {
                guard let j = partner[k] else {
                    s.misses.append(
                        "\(report.id) #\(k): no proposal for \(e.type.rawValue) \(e.date?.iso ?? "undated") at \(e.places)"
                    )
                    s.figuresAll += e.figures.count
                    continue
                }
                s.matched += 1
                score(e, as: k, of: report.id, against: result.incidents[j], figures: proposedFigures[j], into: &s)
                proposedFigures[j] = []
            }
            for j in result.incidents.indices where !partner.values.contains(j) {
                let p = result.incidents[j]
                s.misses.append(
                    "\(report.id): proposed but not labelled: \(p.incident.type.rawValue) \(p.dateResolved ? p.incident.date.iso : "undated") at \(p.featureIDs)"
                )
                for f in proposedFigures[j] {
                    s.figuresAll += 1; s.misses.append("\(report.id): figure of an unlabelled proposal: \(f)")
                }
            }
        }
        return s
    }

    /// Each labelled incident's proposal, by index: pairs of the same family on overlapping dates, best first
    /// (same type, same interval, shared places, shared figures), each proposal taken once.
    private static func pairs(_ report: LabelledReport, _ result: IngestResult) -> [Int: Int] {
        func score(_ k: Int, _ j: Int) -> Int? {
            let e = report.incidents[k], p = result.incidents[j]
            guard EventTyper.family(p.incident.type) == EventTyper.family(e.type) else { return nil }
            if let d = e.date {
                guard p.dateResolved && p.incident.date.overlaps(from: d.start, to: d.end) else { return nil }
            } else if p.dateResolved {
                return nil
            }
            let sameDate = e.date.map { $0.start == p.incident.date.start && $0.end == p.incident.date.end } ?? true
            return (p.incident.type == e.type ? 4 : 0) + (sameDate ? 8 : 0) + 2
                * Set(p.featureIDs).intersection(e.places).count
                + Set(figures(p.incident)).intersection(e.figures).count
        }
        var candidates: [(Int, Int, Int)] = []
        for k in report.incidents.indices {
            for j in result.incidents.indices { if let v = score(k, j) { candidates.append((v, k, j)) } }
        }
        var open = Array(result.incidents.indices)
        var partner: [Int: Int] = [:]
        for (_, k, j) in candidates.sorted(by: { ($0.0, -$0.1) > ($1.0, -$1.1) })
        where partner[k] == nil && open.contains(j) {
            partner[k] = j
            open.removeAll { $0 == j }
        }
        return partner
    }

    /// The places, date and casualty figures of labelled incident `k` against its proposal `p`.
    private static func score(
        _ e: LabelledReport.Expected, as k: Int, of report: String, against p: ProposedIncident,
        figures proposed: [LabelledReport.Figure], into s: inout Scores
    ) {
        let got = Set(p.featureIDs + p.unresolvedPlaces.map { "unresolved:\($0.text)" }), want = Set(e.places)
        s.placesRight += got.intersection(want).count
        s.placesAll += got.union(want).count
        if !got.symmetricDifference(want).isEmpty {
            s.misses.append("\(report) #\(k): places \(p.featureIDs.sorted()) ≠ labelled \(e.places.sorted())")
        }
        let dateRight =
            e.date.map { d in
                p.dateResolved && p.incident.date.start == d.start && p.incident.date.end == d.end
                    && p.incident.date.precision == d.precision
            } ?? !p.dateResolved
        if dateRight {
            s.datesRight += 1
        } else {
            s.misses.append(
                "\(report) #\(k): date \(p.dateResolved ? "\(p.incident.date.iso) \(p.incident.date.precision.rawValue)" : "unresolved") ≠ labelled \(e.date.map { "\($0.iso) \($0.precision.rawValue)" } ?? "unresolved")"
            )
        }
        var remaining = proposed
        for f in e.figures {
            s.figuresAll += 1
            if let r = remaining.firstIndex(of: f) {
                s.figuresRight += 1; remaining.remove(at: r)
            } else {
                s.misses.append("\(report) #\(k): figure missing or wrong: \(f)")
            }
        }
        for f in remaining {
            s.figuresAll += 1; s.misses.append("\(report) #\(k): figure not in the labels: \(f)")
        }
    }
}
