import Foundation

/// Rows of tab-separated (no quoting) or comma-separated (RFC 4180 quoting)
/// text by column name, each with the 1-based line it starts on, read by
/// `DelimitedRecords`. Lines starting with '#' are comments. A header that
/// names a column twice is refused.
public struct DelimitedText: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String: String]
        public func callAsFunction(_ column: String) -> String { fields[column] ?? "" }
    }

    public let header: [String]
    public let rows: [Row]

    public init(tsv text: String, file: String) throws(GeodataError) {
        try self.init(records: DelimitedRecords.tsv(Data(text.utf8)), file: file)
    }

    public init(csv text: String, file: String) throws(GeodataError) {
        try self.init(records: DelimitedRecords(Data(text.utf8), comments: true), file: file)
    }

    private init(records source: DelimitedRecords, file: String) throws(GeodataError) {
        var records: [(Int, [String])] = []
        for record in source {
            guard let fields = record.fields, record.problem == nil else {
                throw .source(file: file, line: record.line, problem: record.problem ?? "unreadable record")
            }
            records.append((record.line, fields))
        }
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
}
