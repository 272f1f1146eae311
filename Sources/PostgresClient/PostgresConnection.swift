import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq, PostgreSQL's own
/// client library. What libpq offers its users comes with it: URLs and
/// `key=value` connection strings, `sslmode` and `sslrootcert`, `PGHOST`,
/// `PGUSER`, `PGPASSWORD` and the other environment variables, `~/.pgpass`
/// and service files.
///
/// Calls block until the server answers. The connection is not safe to use
/// from two threads at once: its owner serialises calls (an actor does).
/// The handle is freed exactly once, when the value goes away.
public final class PostgresConnection: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Connects with a libpq connection string or URL. A password in it is
    /// used, never shown: errors carry libpq's message, which names no password.
    public init(connectionString: String) throws(PostgresClientError) {
        guard let handle = PQconnectdb(connectionString) else {
            throw .connection(message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Self.message(PQerrorMessage(handle))
            PQfinish(handle)
            throw .connection(message: message)
        }
        self.handle = handle
        // Notices ("already exists, skipping") are for interactive users; libpq would print them on stderr.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Whether the connection broke (the server restarted or went away).
    public var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    /// Runs one statement with `$1…$n` parameters sent apart from the text
    /// (never spliced into it), and returns its rows as text.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [PostgresValue] = []) throws(PostgresClientError) -> PostgresRows {
        let texts: [String?] = parameters.map(\.text)
        let result = withCStrings(texts) { pointers in
            PQexecParams(handle, sql, Int32(texts.count), nil, pointers, nil, nil, 0)
        }
        guard let result else { throw lost() }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(result)
        default:
            if isBroken { throw lost() }
            throw Self.serverError(result)
        }
    }

    private func lost() -> PostgresClientError {
        .connectionLost(message: Self.message(PQerrorMessage(handle)).components(separatedBy: "; ").first ?? "")
    }

    private static func serverError(_ result: OpaquePointer) -> PostgresClientError {
        func field(_ code: Int32) -> String? {
            PQresultErrorField(result, code).map { String(cString: $0) }
        }
        let state = field(Int32(UInt8(ascii: "C"))) ?? ""
        let message = field(Int32(UInt8(ascii: "M"))) ?? Self.message(PQresultErrorMessage(result))
        return .server(sqlState: state, message: message, detail: field(Int32(UInt8(ascii: "D"))))
    }

    /// libpq's messages end with a newline and may span lines (a statement's
    /// text and a caret under the error's position among them); one line
    /// for the user, without the severity prefix and the statement.
    static func message(_ text: UnsafeMutablePointer<CChar>?) -> String {
        guard let text else { return "no message" }
        return String(cString: text).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("LINE ") && !$0.allSatisfy { $0 == "^" || $0 == " " } }
            .map { line in
                var l = line
                for prefix in ["FATAL:", "ERROR:"] where l.hasPrefix(prefix) {
                    l = l.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                }
                return l.replacingOccurrences(of: "  ", with: " ")
            }
            .joined(separator: "; ")
    }
}

/// Calls `body` with C strings for `strings` (a null pointer for nil), valid during the call.
private func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeMutableBufferPointer { buffer in
        body(buffer.map { UnsafePointer($0) })
    }
}
