import Foundation

/// RFC 4180 CSV: fields quoted when they hold a comma, quote or line
/// break, lines ended by CRLF, UTF-8, so that spreadsheets open it as is.
public struct CSVWriter {
    public private(set) var text = ""
    public let header: [String]

    public init(header: [String]) {
        self.header = header
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        precondition(fields.count == header.count, "CSV row has \(fields.count) fields, header \(header.count)")
        text += fields.map(Self.quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
