/// What libpq or the server reported.
public enum PostgresClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection could not be made (unreachable, refused, TLS, authentication): libpq's message.
    case connection(message: String)
    /// The connection broke while a statement ran.
    case connectionLost(message: String)
    /// The server ran the statement and reported an error.
    case server(sqlState: String, message: String, detail: String?)
    /// A cell did not hold what the caller expected.
    case decoding(String)

    public var description: String {
        switch self {
        case let .connection(m), let .connectionLost(m), let .decoding(m): m
        case let .server(state, message, detail): "\(message) (SQLSTATE \(state))" + (detail.map { ": \($0)" } ?? "")
        }
    }
}
