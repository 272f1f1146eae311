import BorderIncidents
import BorderIngest
import Foundation
import FuzzSupport

// The geodata-free half of news ingest on arbitrary bytes: input decoding
// (UTF-8, BOM, NUL), HTML stripping, sentences and tokens with their offsets,
// relative-date phrases, and the gazetteer-additions reader. (The whole
// ingest path needs the geodata loaded, which LeakSanitizer reports as a
// leak at exit; `IngestTests` runs that path on the development set.)
runFuzzer { data, size in
    let bytes = Data(fuzzBytes(data, size))
    if let text = try? ReportInput.decode(bytes, name: "fuzz") {
        let report = ReportText(text)
        let scalars = Array(report.text.unicodeScalars)
        for s in report.sentences {
            precondition(s.start <= s.end && s.end <= scalars.count, "sentence offsets out of range")
            for t in s.tokens { precondition(t.start < t.end && t.end <= scalars.count, "token offsets out of range") }
            _ = try? RelativeDate.resolve(
                s.tokens.prefix(3).map(\.text).joined(separator: " "), published: Day(iso: "2022-09-13")!)
        }
        _ = try? GazetteerAdditions.parse(text, file: "fuzz")
    }
    return 0
}
