/// A statement parameter, sent in PostgreSQL's text form; the statement
/// casts it where the type is not plain (`$1::jsonb`, `$2::text[]`).
public enum PostgresValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case textArray([String])

    /// The parameter's text as the server reads it; nil for SQL NULL.
    var text: String? {
        switch self {
        case .null: nil
        case let .text(s): s
        case let .integer(n): String(n)
        // Swift prints the shortest text that reads back to the same double.
        case let .double(d): d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
        case let .bool(b): b ? "t" : "f"
        case let .textArray(items): PostgresArrayText.encode(items)
        }
    }
}
