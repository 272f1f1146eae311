import Foundation
import PostgresClient

/// Where a PostGIS store lives: a libpq URL,
/// `postgresql://[user@][host][:port]/database[?schema=NAME&sslmode=…]`
/// (`postgres://` too). Everything but `schema` is libpq's: `sslmode`,
/// `sslrootcert`, `service`, `connect_timeout`, …, and what the URL leaves
/// out comes from `PGHOST`, `PGUSER`, `PGPASSWORD`, `~/.pgpass` or a
/// service file, as for `psql`. A password may be written in the URL, but
/// then every user of the machine can read it in the process list: the
/// command warns (`carriesPassword`).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// The URL handed to libpq: the user's, less BorderWatch's own parameter.
    let connectionString: String
    /// The PostgreSQL schema (namespace) holding BorderWatch's tables.
    public let schema: SchemaName
    /// Whether the URL itself carries a password.
    public let carriesPassword: Bool
    /// host:port as the URL or the environment names them, for messages.
    public let place: String
    /// The user as the URL or the environment names it, for messages.
    public let user: String
    /// The URL without its password.
    public let description: String

    /// Whether `text` names a PostgreSQL store rather than a GeoPackage file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PostGISError)
    {
        let shown = Self.redacted(text)
        guard Self.isURL(text), var c = URLComponents(string: text) else {
            throw .badLocation("'\(shown)': expected postgresql://[user@]host[:port]/database")
        }
        var schema = SchemaName.standard
        var kept: [URLQueryItem] = []
        for item in c.queryItems ?? [] {
            if item.name == "schema" {
                guard let name = SchemaName(checking: item.value ?? "") else {
                    throw .badLocation("'\(shown)': \(SchemaName.rule) (got '\(item.value ?? "")')")
                }
                schema = name
            } else {
                kept.append(item)
            }
        }
        c.queryItems = kept.isEmpty ? nil : kept
        let options: [String: String]
        do { options = try ConnectionOptions.parse(c.string ?? text) } catch {
            throw .badLocation("'\(shown)': \(error)")
        }
        let database = String(c.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty || options["service"] != nil || environment["PGDATABASE"] != nil else {
            throw .badLocation("'\(shown)': no database name after the host")
        }
        if !kept.contains(where: { $0.name == "connect_timeout" }) && environment["PGCONNECT_TIMEOUT"] == nil {
            kept.append(URLQueryItem(name: "connect_timeout", value: "5"))
        }
        if !kept.contains(where: { $0.name == "application_name" }) {
            kept.append(URLQueryItem(name: "application_name", value: "borderwatch"))
        }
        c.queryItems = kept
        connectionString = c.string ?? text
        self.schema = schema
        carriesPassword = c.password != nil
        let host = c.host.flatMap { $0.isEmpty ? nil : $0 } ?? options["host"] ?? environment["PGHOST"] ?? "localhost"
        place = "\(host):\(c.port.map(String.init) ?? options["port"] ?? environment["PGPORT"] ?? "5432")"
        user =
            c.user.flatMap { $0.removingPercentEncoding } ?? options["user"] ?? environment["PGUSER"] ?? environment[
                "USER"] ?? "postgres"
        var display = c
        display.password = nil
        display.queryItems =
            (c.queryItems ?? []).filter { !["connect_timeout", "application_name", "password"].contains($0.name) }
            + [URLQueryItem(name: "schema", value: schema.text)]
        description = display.string ?? shown
    }

    /// `text` with any password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        guard var c = URLComponents(string: text) else { return "(unreadable URL)" }
        if c.password != nil { c.password = "***" }
        c.queryItems = c.queryItems?.map { $0.name == "password" ? URLQueryItem(name: "password", value: "***") : $0 }
        return c.string ?? "(unreadable URL)"
    }
}
