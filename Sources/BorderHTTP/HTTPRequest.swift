/// A request's head as the client sent it: the method, the target split
/// into path and query, and the header fields (names lower-cased).
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The target's path, still percent-encoded.
    public var path: String
    /// The target's query string, without `?`; nil when there is none.
    public var query: String?
    public var version: HTTPVersion
    public var headers: [(name: String, value: String)]

    public init(
        method: String, path: String, query: String?, version: HTTPVersion = .http11,
        headers: [(name: String, value: String)] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
    }

    /// The first value of the header `name` (any case).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The query's `name=value` pairs in order, each percent-decoded (`+`
    /// stays `+`: a time zone offset in a date is not a space). A pair
    /// without `=` has an empty value.
    public var queryParameters: [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = PercentDecoding.decode(parts[0]) ?? String(parts[0])
            let value = parts.count > 1 ? (PercentDecoding.decode(parts[1]) ?? String(parts[1])) : ""
            return (key, value)
        }
    }

    /// Whether the connection stays open after the answer.
    public var keepsAlive: Bool {
        let connection = header("connection")?.lowercased() ?? ""
        switch version {
        case .http10: return connection.contains("keep-alive")
        case .http11: return !connection.contains("close")
        }
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.path == b.path && a.query == b.query && a.version == b.version
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}

public enum HTTPVersion: String, Sendable {
    case http10 = "HTTP/1.0"
    case http11 = "HTTP/1.1"
}

/// RFC 3986 percent-decoding of UTF-8; nil for a malformed escape or bytes that are not UTF-8.
public enum PercentDecoding {
    public static func decode(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var it = text.utf8.makeIterator()
        while let b = it.next() {
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard let h = it.next().flatMap(hexValue), let l = it.next().flatMap(hexValue) else { return nil }
            bytes.append(h << 4 | l)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
