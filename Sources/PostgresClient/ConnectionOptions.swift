import CLibPQ

/// libpq's own reading of a connection string or URL, without connecting:
/// the same syntax check and the same option names as `psql` uses.
public enum ConnectionOptions {
    /// The options the string sets (password included: callers must not print them).
    public static func parse(_ connectionString: String) throws(PostgresClientError) -> [String: String] {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &error) else {
            let message = PostgresConnection.message(error)
            if let error { PQfreemem(error) }
            throw .connection(message: message)
        }
        defer { PQconninfoFree(options) }
        var out: [String: String] = [:]
        var p = options
        while let keyword = p.pointee.keyword {
            if let value = p.pointee.val { out[String(cString: keyword)] = String(cString: value) }
            p += 1
        }
        return out
    }
}
