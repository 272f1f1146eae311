import Foundation

/// Where a PostGIS store lives, from a libpq-style URL:
/// `postgresql://user[:password]@host[:port]/database[?schema=NAME]`.
/// `postgres://` is accepted too; the schema defaults to `borderwatch`.
/// The password may also come from `$PGPASSWORD`, so it need not appear
/// on a command line.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// The PostgreSQL schema (namespace) holding BorderWatch's tables.
    public var schema: String

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
                schema: String = "borderwatch") {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.schema = schema
    }

    /// Whether `text` names a PostgreSQL store rather than a GeoPackage file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostGISError) {
        guard Self.isURL(text), let c = URLComponents(string: text) else {
            throw .badLocation("'\(Self.redacted(text))': expected postgresql://user[:password]@host[:port]/database")
        }
        guard let host = c.host, !host.isEmpty else { throw .badLocation("'\(Self.redacted(text))': no host") }
        let database = String(c.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw .badLocation("'\(Self.redacted(text))': no database name after the host")
        }
        if let p = c.port, !(1...65535).contains(p) { throw .badLocation("'\(Self.redacted(text))': port \(p) out of range") }
        var schema = "borderwatch"
        for item in c.queryItems ?? [] {
            switch item.name {
            case "schema":
                guard let v = item.value, Self.isPlainName(v) else {
                    throw .badLocation("'\(Self.redacted(text))': schema must be lower-case letters, digits and _ (got '\(item.value ?? "")')")
                }
                schema = v
            case "sslmode" where item.value == "disable": continue
            default: throw .badLocation("'\(Self.redacted(text))': unknown parameter '\(item.name)' (only schema= and sslmode=disable)")
            }
        }
        let user = c.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let password = c.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        self.init(host: host, port: c.port ?? 5432, user: user, password: password, database: database, schema: schema)
    }

    /// The URL without its password, for messages and logs.
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)?schema=\(schema)" }

    static func isPlainName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.unicodeScalars.count <= 63,
              ("a"..."z").contains(first) || first == "_" else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// `text` with any password replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var c = URLComponents(string: text), c.password != nil else { return text }
        c.password = "***"
        return c.string ?? text
    }
}
