import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderIngest
import Foundation
import GeometryCore

/// `borderwatch-bench --ingest N`: N reports of about 5 KB, composed with a
/// seeded shuffle from the written development set's texts, read the way
/// `borderwatch ingest --format json` reads them (no --apply); in the same
/// run a plain regular-expression pass over the same texts (dates, numbers
/// of losses, capitalised names) as the peer, and where the time goes.
enum IngestBench {
    static func run(reports count: Int, seed: UInt64) throws {
        let labels = URL(fileURLWithPath: "Tests/BorderIngestTests/DevSet/labels.json")
        let pieces = try LabelledReport.read(contentsOf: labels).map(\.text).filter { !$0.hasPrefix("<") }
        var rng = SplitMix64(state: seed)
        var texts: [String] = []
        for _ in 0..<count {
            var text = ""
            while text.utf8.count < 5_000 { text += pieces[Int(rng.next() % UInt64(pieces.count))] + "\n\n" }
            texts.append(text)
        }
        let published = Day(iso: "2022-09-14")!
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let geodata = try Geodata.loadBundled()
        let ingester = ReportIngester(relater: Relater(geodata: geodata))
        let load = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let stages = IngestProfile.stages(texts, published: published, ingester: ingester)
        let whole =
            stages.first { $0.stage == "whole ingest" }!.seconds + stages.first { $0.stage == "json output" }!.seconds

        // The peer: three regular expressions over the same texts, no reading of what they find.
        let month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        let patterns = [
            "\\b(?:\\d{1,2} \(month)(?: \\d{4})?|\(month) \\d{1,2}(?:, \\d{4})?|\\d{1,2}\\.\\d{2}\\.\\d{4})\\b",
            "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\\b[^.]{0,40}?\\b(?:killed|wounded|injured|captured|missing|dead)\\b",
            "\\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\\b",
        ]
        let regexes = try patterns.map { try NSRegularExpression(pattern: $0) }
        var matches = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for t in texts {
            let range = NSRange(t.startIndex..., in: t)
            for r in regexes { matches += r.numberOfMatches(in: t, range: range) }
        }
        let regex = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var summary: [String: Any] = [
            "reports": count, "mean_report_bytes": bytes / max(1, count), "load_s": load,
            "ingest_s": whole, "reports_per_s": Double(count) / whole, "regex_peer_s": regex,
            "regex_peer_matches": matches,
            "ingest_over_regex": whole / regex, "budget_s": 10.0, "within_budget": whole < 10,
        ]
        summary["stages_s"] = Dictionary(uniqueKeysWithValues: stages.map { ($0.stage, $0.seconds) })
        let json = try JSONSerialization.data(withJSONObject: summary, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
}
