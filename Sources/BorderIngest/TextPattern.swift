import Foundation

/// A regular expression over a sentence, answering in Unicode-scalar
/// offsets (the unit `ReportText` counts in) rather than NSString's UTF-16.
struct TextPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe.
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = true) {
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    struct Match {
        /// Scalar offsets within the searched text.
        var start: Int
        var end: Int
        var text: String
        /// Capture groups, nil when a group did not take part.
        var groups: [String?]

        func group(_ i: Int) -> String? { i < groups.count ? groups[i] : nil }
    }

    func matches(in text: String) -> [Match] {
        let ns = text as NSString
        let results = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard !results.isEmpty else { return [] }
        let offsets = ScalarOffsets(text)
        return results.map { r in
            var groups: [String?] = []
            for g in 1..<max(1, r.numberOfRanges) {
                let range = r.range(at: g)
                groups.append(range.location == NSNotFound ? nil : ns.substring(with: range))
            }
            return Match(start: offsets.scalar(atUTF16: r.range.location),
                         end: offsets.scalar(atUTF16: r.range.location + r.range.length),
                         text: ns.substring(with: r.range), groups: groups)
        }
    }

    func firstMatch(in text: String) -> Match? { matches(in: text).first }
    func contains(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
}

/// Maps UTF-16 offsets of a string to Unicode-scalar offsets.
struct ScalarOffsets {
    private var table: [Int] = [0]

    init(_ text: String) {
        var scalar = 0
        table.reserveCapacity(text.utf16.count + 1)
        for s in text.unicodeScalars {
            scalar += 1
            for _ in 0..<s.utf16.count { table.append(scalar) }
        }
    }

    func scalar(atUTF16 offset: Int) -> Int { table[min(max(0, offset), table.count - 1)] }
}
