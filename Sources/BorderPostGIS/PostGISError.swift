import Foundation
import PostgresClient

/// What went wrong with a PostGIS store, in one line a user can act on.
public enum PostGISError: Error, CustomStringConvertible {
    /// The URL itself is wrong.
    case badLocation(String)
    /// No server answered at host:port (refused, unknown host, timed out).
    case unreachable(String)
    /// The server answered but refused the user, password or database.
    case refused(String)
    /// The connection broke mid-way (server restarted or stopped); the
    /// transaction in flight was rolled back by the server.
    case connectionLost(String)
    /// The server ran a statement and reported an error.
    case server(String)
    /// The database holds something BorderWatch cannot read.
    case notOurs(String)

    public var description: String {
        switch self {
        case let .badLocation(m): "bad PostgreSQL URL \(m)"
        case let .unreachable(m), let .refused(m), let .connectionLost(m), let .server(m), let .notOurs(m): m
        }
    }

    /// Whether the server may answer again later (a restart, a failover),
    /// so that a server should answer 503 and retry rather than give up.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .connectionLost: true
        default: false
        }
    }

    /// Turns what libpq or the server reported while talking to `location` into one line.
    static func classify(_ error: any Error, at location: PostgresLocation) -> PostGISError {
        if let e = error as? PostGISError { return e }
        let place = location.place
        guard let e = error as? PostgresClientError else { return .server("PostgreSQL at \(place): \(error)") }
        switch e {
        case let .connection(message):
            // libpq reports refusals by the server (authentication, a missing role or database) in its message only.
            let refusals = [
                "authentication failed", "no pg_hba.conf entry", "does not exist", "password", "certificate", "SSL",
            ]
            if refusals.contains(where: { message.localizedCaseInsensitiveContains($0) }) {
                return .refused("PostgreSQL at \(place) refused user '\(location.user)': \(message)")
            }
            return .unreachable("cannot reach PostgreSQL at \(place): \(message)")
        case let .connectionLost(message):
            return .connectionLost(
                "the connection to PostgreSQL at \(place) was lost (\(message)); nothing was written")
        case let .server(state, message, detail):
            switch state {
            case "28P01", "28000", "3D000":
                return .refused("PostgreSQL at \(place) refused user '\(location.user)': \(message)")
            case "57P01", "57P02", "57P03":
                return .connectionLost(
                    "PostgreSQL at \(place) is shutting down or starting (\(message)); nothing was written")
            default:
                return .server(
                    "PostgreSQL at \(place): \(message) (SQLSTATE \(state))" + (detail.map { ": \($0)" } ?? ""))
            }
        case let .decoding(message):
            return .notOurs("PostgreSQL at \(place) answered what BorderWatch cannot read: \(message)")
        }
    }
}
