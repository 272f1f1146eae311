/// A PostgreSQL schema name that is safe to put into SQL: lower-case ASCII
/// letters, digits and `_`, starting with a letter or `_`, at most 63
/// bytes. It can only be made by `init(_:)`, which checks; SQL gets it
/// quoted (`quoted`), so even a reserved word is a plain name.
public struct SchemaName: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init(_ text: String) throws(PostGISError) {
        guard let name = SchemaName(checking: text) else { throw .badLocation("\(Self.rule) (got '\(text)')") }
        self = name
    }

    /// nil when `text` breaks the rule.
    public init?(checking text: String) {
        guard Self.isPlain(text) else { return nil }
        self.text = text
    }

    static let rule = "schema must be lower-case letters, digits and _, starting with a letter or _, at most 63 bytes"

    public static let standard = SchemaName(checking: "borderwatch")!

    /// The name as a quoted SQL identifier.
    public var quoted: String { "\"\(text)\"" }

    public var description: String { text }

    static func isPlain(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.utf8.count <= 63,
            ("a"..."z").contains(first) || first == "_"
        else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
