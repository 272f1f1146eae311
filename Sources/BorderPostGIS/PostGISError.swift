import Foundation
import NIOCore
import PostgresNIO

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

    /// Turns a PostgresNIO or NIO error met while talking to `location` into one line.
    static func classify(_ error: any Error, at location: PostgresLocation) -> PostGISError {
        if let e = error as? PostGISError { return e }
        let place = "\(location.host):\(location.port)"
        if let e = error as? PSQLError {
            if let state = e.serverInfo?[.sqlState] {
                let message = e.serverInfo?[.message] ?? "error \(state)"
                switch state {
                case "28P01", "28000":
                    return .refused("PostgreSQL at \(place) refused user '\(location.user)': \(message)")
                case "3D000":
                    return .refused("PostgreSQL at \(place): \(message)")
                case "57P01", "57P02", "57P03":
                    return .connectionLost("PostgreSQL at \(place) is shutting down or starting (\(message)); nothing was written")
                default:
                    var line = "PostgreSQL at \(place): \(message) (SQLSTATE \(state))"
                    if let detail = e.serverInfo?[.detail] { line += ": \(detail)" }
                    return .server(line)
                }
            }
            switch e.code {
            case .connectionError, .uncleanShutdown, .serverClosedConnection, .clientClosedConnection:
                if let underlying = e.underlying { return fromNetwork(underlying, place: place) }
                return .connectionLost("the connection to PostgreSQL at \(place) was lost; nothing was written")
            case .unexpectedBackendMessage, .messageDecodingFailure:
                return .unreachable("\(place) does not speak the PostgreSQL protocol")
            default:
                if let underlying = e.underlying { return fromNetwork(underlying, place: place) }
                return .server("PostgreSQL at \(place): \(String(reflecting: e.code))")
            }
        }
        return fromNetwork(error, place: place)
    }

    private static func fromNetwork(_ error: any Error, place: String) -> PostGISError {
        if let e = error as? NIOConnectionError {
            if let dns = e.dnsAAAAError ?? e.dnsAError { return .unreachable("cannot resolve \(place): \(dns)") }
            if let first = e.connectionErrors.first { return .unreachable("cannot reach PostgreSQL at \(place): \(describe(first.error))") }
            return .unreachable("cannot reach PostgreSQL at \(place)")
        }
        if error is ChannelError || error is IOError {
            return .connectionLost("the connection to PostgreSQL at \(place) was lost (\(describe(error))); nothing was written")
        }
        return .unreachable("cannot reach PostgreSQL at \(place): \(describe(error))")
    }

    private static func describe(_ error: any Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
        return "\(error)"
    }
}
