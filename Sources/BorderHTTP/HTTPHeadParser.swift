/// Reads one request head (request line and header fields, RFC 9112) from
/// the bytes received so far.
public enum HTTPHeadParser {
    public enum Outcome: Equatable {
        /// More bytes are needed.
        case incomplete
        /// A head, and how many bytes it took (a body or the next request follows).
        case request(HTTPRequest, consumed: Int)
        /// The bytes cannot be a request: answer `status` and close.
        case invalid(status: Int, reason: String)
    }

    /// The most a head may take; a longer one is refused (414 while still
    /// in the request line, else 431).
    public static let maximumHeadBytes = 65_536

    public static func parse(_ bytes: ArraySlice<UInt8>) -> Outcome {
        guard let end = headEnd(bytes) else {
            if bytes.count > maximumHeadBytes {
                return bytes.firstIndex(of: UInt8(ascii: "\n")) == nil
                    ? .invalid(status: 414, reason: "the request line is over \(maximumHeadBytes) bytes")
                    : .invalid(status: 431, reason: "the request head is over \(maximumHeadBytes) bytes")
            }
            return .incomplete
        }
        guard end.headLength <= maximumHeadBytes else {
            return .invalid(status: 431, reason: "the request head is over \(maximumHeadBytes) bytes")
        }
        // Lines split on the byte LF with any CR before it dropped: in Swift's
        // strings "\r\n" is one character, so the split is done on bytes.
        var lines: [Substring] = []
        for raw in bytes[bytes.startIndex..<bytes.startIndex + end.headLength].split(
            separator: UInt8(ascii: "\n"),
            omittingEmptySubsequences: false)
        {
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            guard let text = String(validating: line, as: UTF8.self) else {
                return .invalid(status: 400, reason: "the request head is not UTF-8")
            }
            lines.append(Substring(text))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { return .invalid(status: 400, reason: "empty request") }
        let parts = first.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter && $0.isUppercase }) else {
            return .invalid(status: 400, reason: "malformed request line")
        }
        guard let version = HTTPVersion(rawValue: String(parts[2])) else {
            return .invalid(status: 505, reason: "only HTTP/1.0 and HTTP/1.1 are served")
        }
        let target = parts[1]
        guard target.first == "/" || target == "*" else {
            return .invalid(status: 400, reason: "the target must be a path")
        }
        let pathEnd = target.firstIndex(of: "?") ?? target.endIndex
        let query = pathEnd == target.endIndex ? nil : String(target[target.index(after: pathEnd)...])
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else {
                return .invalid(status: 400, reason: "malformed header field")
            }
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            headers.append((line[..<colon].lowercased(), value))
        }
        let request = HTTPRequest(
            method: String(parts[0]), path: String(target[..<pathEnd]), query: query, version: version,
            headers: headers)
        return .request(request, consumed: end.total)
    }

    /// Where the blank line that ends the head is: the head's length (up to
    /// its last line break) and the bytes consumed including the blank line.
    private static func headEnd(_ bytes: ArraySlice<UInt8>) -> (headLength: Int, total: Int)? {
        var i = bytes.startIndex
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while let n = bytes[i...].firstIndex(of: lf) {
            var next = n + 1
            if next < bytes.endIndex, bytes[next] == cr { next += 1 }
            if next < bytes.endIndex, bytes[next] == lf {
                return (n + 1 - bytes.startIndex, next + 1 - bytes.startIndex)
            }
            if next >= bytes.endIndex { return nil }
            i = n + 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
