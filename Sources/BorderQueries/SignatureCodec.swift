/// Lists of records of optional text in one string that compares equal
/// exactly when the lists are equal: a store keeps each distinct one once
/// (`CountedIncident`). Records are separated by U+001E, fields by U+001F;
/// a field is "s" and its text, or "n" for none; `%`, U+001E and U+001F in a
/// text are written `%25`, `%1E` and `%1F`.
enum SignatureCodec {
    private static let recordSeparator: Character = "\u{1E}"
    private static let fieldSeparator: Character = "\u{1F}"

    static func encode(_ records: [[String?]]) -> String {
        var out = ""
        for (r, record) in records.enumerated() {
            if r > 0 { out.append(recordSeparator) }
            for (f, field) in record.enumerated() {
                if f > 0 { out.append(fieldSeparator) }
                guard let field else {
                    out.append("n")
                    continue
                }
                out.append("s")
                out.append(needsEscape(field) ? escape(field) : field)
            }
        }
        return out
    }

    /// The records `encode` was given; nil for text it cannot have written.
    /// Split on the separators' bytes, not on characters: a store holds tens of thousands of signatures, and
    /// splitting a string by characters walks its grapheme clusters.
    static func decode(_ text: String) -> [[String?]]? {
        var records: [[String?]] = []
        for record in text.utf8.split(separator: 0x1E, omittingEmptySubsequences: false) {
            var fields: [String?] = []
            if !record.isEmpty {
                for field in record.split(separator: 0x1F, omittingEmptySubsequences: false) {
                    switch field.first {
                    case UInt8(ascii: "n") where field.count == 1: fields.append(nil)
                    case UInt8(ascii: "s"):
                        let value = String(decoding: field.dropFirst(), as: UTF8.self)
                        let escaped = field.contains(UInt8(ascii: "%"))
                        guard let text = escaped ? unescape(value) : value else { return nil }
                        fields.append(text)
                    default: return nil
                    }
                }
            }
            records.append(fields)
        }
        return records
    }

    private static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 == UInt8(ascii: "%") || $0 == 0x1E || $0 == 0x1F }
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "%": out += "%25"
            case recordSeparator: out += "%1E"
            case fieldSeparator: out += "%1F"
            default: out.append(c)
            }
        }
        return out
    }

    private static func unescape(_ s: String) -> String? {
        var out = ""
        var rest = Substring(s)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let code = rest[percent...].prefix(3)
            switch code {
            case "%25": out += "%"
            case "%1E": out.append(recordSeparator)
            case "%1F": out.append(fieldSeparator)
            default: return nil
            }
            rest = rest[percent...].dropFirst(3)
        }
        return out + rest
    }
}
