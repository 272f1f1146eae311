import Foundation

/// Reads a report from a file or standard input ("-"): UTF-8 (a byte-order
/// mark is skipped), at most `limit` bytes, with errors that say where.
public enum ReportInput {
    public struct InputError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static let limit = 4 << 20

    public static func read(_ path: String) throws(InputError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw InputError(description: "\(path): cannot read: \(error.localizedDescription)")
            }
        }
        return try decode(data, name: path == "-" ? "standard input" : path)
    }

    public static func decode(_ data: Data, name: String) throws(InputError) -> String {
        guard data.count <= limit else {
            throw InputError(description: "\(name): \(data.count) bytes; a report may have at most \(limit)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var offset = 0
            // Find the first byte that does not decode, to say where.
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            loop: while true {
                switch decoder.decode(&iterator) {
                case let .scalarValue(s): offset += String(s).utf8.count
                case .emptyInput: break loop
                case .error: break loop
                }
            }
            throw InputError(description: "\(name): not UTF-8 (first bad byte at offset \(offset))")
        }
        guard !text.contains("\u{0}") else {
            throw InputError(description: "\(name): contains NUL bytes; expected text or HTML")
        }
        return text
    }
}
