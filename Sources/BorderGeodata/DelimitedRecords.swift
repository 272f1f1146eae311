import Foundation

/// The one reader of delimited text in the project (ACLED and UCDP files,
/// the pipeline's CSV and TSV inputs, the gazetteer additions): records
/// read from raw bytes, each with the line it starts on, so that one bad
/// record (invalid UTF-8, a stray quote) is reported by line and the rest
/// still read. A UTF-8 byte-order mark is skipped; CRLF and LF both end
/// records; blank lines are skipped. With `quoting` (CSV, RFC 4180) quoted
/// fields may hold separators, quotes and line breaks; without it (TSV) a
/// quote is an ordinary byte. With `comments`, a line starting with `#` is
/// not a record.
public struct DelimitedRecords: Sequence {
    public struct Record {
        public var line: Int
        /// Nil when the record is not valid UTF-8.
        public var fields: [String]?
        /// Set when the record cannot be read, with the reason.
        public var problem: String?
    }

    let bytes: [UInt8]
    let separator: UInt8
    let quoting: Bool
    let comments: Bool

    /// Comma-separated with RFC 4180 quoting, no comment lines: `init(csv:)`.
    public init(_ data: Data, separator: UInt8 = UInt8(ascii: ","), quoting: Bool = true, comments: Bool = false) {
        var b = [UInt8](data)
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        bytes = b
        self.separator = separator
        self.quoting = quoting
        self.comments = comments
    }

    /// Tab-separated, no quoting, `#` comment lines.
    public static func tsv(_ data: Data) -> DelimitedRecords {
        DelimitedRecords(data, separator: UInt8(ascii: "\t"), quoting: false, comments: true)
    }

    public func makeIterator() -> Iterator {
        Iterator(bytes: bytes, separator: separator, quoting: quoting, comments: comments)
    }

    public struct Iterator: IteratorProtocol {
        /// The bytes read so far that are not yet parsed (from `i`): the whole text, or a chunk of a file.
        var bytes: [UInt8]
        let separator: UInt8
        let quoting: Bool
        let comments: Bool
        var i = 0
        var line = 1
        /// The file the chunks come from; nil when `bytes` is the whole text.
        let file: FileHandle?
        /// Bytes of the file consumed before the current chunk.
        private var consumed = 0
        private var chunkSize = 1 << 20

        init(bytes: [UInt8], separator: UInt8, quoting: Bool, comments: Bool) {
            self.bytes = bytes
            self.separator = separator
            self.quoting = quoting
            self.comments = comments
            file = nil
        }

        /// Reads the file at `url` a chunk at a time, so that memory holds a
        /// chunk and one record, not the file; a record may span chunks.
        public init(
            file url: URL, separator: UInt8 = UInt8(ascii: ","), quoting: Bool = true, comments: Bool = false,
            chunkSize: Int = 1 << 20
        ) throws {
            file = try FileHandle(forReadingFrom: url)
            self.chunkSize = Swift.max(1, chunkSize)
            bytes = []
            self.separator = separator
            self.quoting = quoting
            self.comments = comments
            // The byte-order mark is read apart, so that it is skipped whatever the chunk size.
            let head = [UInt8](try file?.read(upToCount: 3) ?? Data())
            if head == [0xEF, 0xBB, 0xBF] { consumed = 3 } else { bytes = head }
        }

        /// How many bytes of the file (or text) have been parsed.
        public var bytesRead: Int { consumed + i }

        /// Whether a byte is at `i`, reading the next chunk of the file when the current one is used up.
        @inline(__always)
        private mutating func more() -> Bool {
            if i < bytes.count { return true }
            guard let file, let chunk = try? file.read(upToCount: chunkSize), !chunk.isEmpty else {
                return false
            }
            consumed += bytes.count
            bytes = [UInt8](chunk)
            i = 0
            return true
        }

        public mutating func next() -> Record? {
            // Skip blank lines, and comment lines, between records.
            while more() {
                if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    if bytes[i] == 0x0A { line += 1 }
                    i += 1
                } else if comments, bytes[i] == UInt8(ascii: "#") {
                    while more(), bytes[i] != 0x0A { i += 1 }
                } else {
                    break
                }
            }
            guard more() else { return nil }
            let start = line
            var raw: [[UInt8]] = []
            var field: [UInt8] = []
            var inQuotes = false
            var problem: String?
            while more() {
                let b = bytes[i]
                i += 1
                if inQuotes {
                    if b == 0x22 {
                        if more(), bytes[i] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                    } else {
                        if b == 0x0A { line += 1 }
                        field.append(b)
                    }
                    continue
                }
                switch b {
                case 0x22 where quoting && field.isEmpty: inQuotes = true
                case 0x22 where quoting: problem = problem ?? "a quote inside an unquoted field"; field.append(b)
                case separator: raw.append(field); field = []
                case 0x0D: break
                case 0x0A:
                    line += 1
                    raw.append(field)
                    return Self.record(start, raw, problem)
                default: field.append(b)
                }
            }
            if inQuotes { problem = problem ?? "a quoted field is not closed before the end of the file" }
            raw.append(field)
            return Self.record(start, raw, problem)
        }

        private static func record(_ line: Int, _ raw: [[UInt8]], _ problem: String?) -> Record {
            var fields: [String] = []
            fields.reserveCapacity(raw.count)
            for (k, f) in raw.enumerated() {
                guard let s = String(validating: f, as: UTF8.self) else {
                    let bad = f.first { $0 >= 0x80 }.map { String(format: "0x%02X", $0) } ?? "?"
                    return Record(
                        line: line, fields: nil,
                        problem: "field \(k + 1) is not valid UTF-8 (byte \(bad)); save the file as UTF-8")
                }
                fields.append(s)
            }
            return Record(line: line, fields: fields, problem: problem)
        }
    }
}
