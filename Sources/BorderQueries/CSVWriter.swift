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

    /// Over UTF-8 bytes: the four special characters are ASCII, and a
    /// Character walk with Foundation's replacing was most of a large export.
    static func quote(_ field: String) -> String {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(utf8.count + 8)
        for b in utf8 {
            bytes.append(b)
            if b == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}
