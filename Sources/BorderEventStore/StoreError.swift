/// A store that is not BorderWatch's, or holds a row the code cannot read.
public enum StoreError: Error, CustomStringConvertible {
    case notOurs(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case let .notOurs(m): m
        case let .corrupt(m): "the store holds a row it cannot read: \(m)"
        }
    }
}
