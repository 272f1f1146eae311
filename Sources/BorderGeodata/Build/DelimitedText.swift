/// Rows of tab-separated (no quoting) or comma-separated (RFC 4180 quoting)
/// text, each with the 1-based line it starts on. Lines starting with '#'
/// are comments. A UTF-8 byte-order mark at the start is skipped; a header
/// that names a column twice is refused.
public struct DelimitedText: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String: String]
        public func callAsFunction(_ column: String) -> String { fields[column] ?? "" }
    }

    public let header: [String]
    public let rows: [Row]

    public init(tsv text: String, file: String) throws(GeodataError) {
        var records: [(Int, [String])] = []
        for (n, raw) in Self.withoutByteOrderMark(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            records.append((n + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        try self.init(records: records, file: file)
    }

    public init(csv text: String, file: String) throws(GeodataError) {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        // Unicode scalars, not Characters: "\r\n" is one Character.
        var chars = Array(Self.withoutByteOrderMark(text).unicodeScalars)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if inQuotes {
                if ch == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if ch == "\n" { line += 1 }
                    field.unicodeScalars.append(ch)
                }
            } else {
                switch ch {
                case "\"" where field.isEmpty: inQuotes = true
                case ",": fields.append(field); field = ""
                case "\r": break
                case "\n":
                    fields.append(field)
                    if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                    fields = []
                    field = ""
                    line += 1
                    recordLine = line
                default: field.unicodeScalars.append(ch)
                }
            }
            i += 1
        }
        guard !inQuotes else { throw .source(file: file, line: recordLine, problem: "unterminated quoted field") }
        try self.init(records: records, file: file)
    }

    private init(records: [(Int, [String])], file: String) throws(GeodataError) {
        guard let first = records.first else { throw .source(file: file, line: nil, problem: "no header row") }
        header = first.1
        var seen = Set<String>()
        for column in header where !seen.insert(column).inserted {
            throw .source(file: file, line: first.0, problem: "column '\(column)' named twice in the header")
        }
        var rows: [Row] = []
        for (line, values) in records.dropFirst() {
            guard values.count == header.count else {
                throw .source(file: file, line: line, problem: "expected \(header.count) fields, found \(values.count)")
            }
            rows.append(Row(line: line, fields: Dictionary(uniqueKeysWithValues: zip(header, values))))
        }
        self.rows = rows
    }

    static func withoutByteOrderMark(_ text: String) -> Substring {
        text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.unicodeScalars.dropFirst()) : Substring(text)
    }
}
