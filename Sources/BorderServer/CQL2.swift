import GeometryCore

/// CQL2-text, the basic class plus `S_INTERSECTS` (OGC API – Features
/// Part 3): comparisons, `AND`/`OR`/`NOT`, `LIKE`, `BETWEEN`, `IN`,
/// `IS NULL`, and a spatial test against `BBOX(…)` or WKT.
public indirect enum CQL2: Sendable, Equatable {
    case and(CQL2, CQL2)
    case or(CQL2, CQL2)
    case not(CQL2)
    case compare(String, Operator, Literal)
    case like(String, pattern: String)
    case between(String, Double, Double)
    case isIn(String, [Literal])
    case isNull(String)
    case intersects(Geometry)
    case constant(Bool)

    public enum Operator: String, Sendable { case eq = "=", ne = "<>", lt = "<", le = "<=", gt = ">", ge = ">=" }

    public enum Literal: Sendable, Equatable {
        case string(String)
        case number(Double)
        case bool(Bool)
    }

    /// A syntax error with the 1-based character where it was found.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var position: Int
        public var message: String
        public var description: String { "CQL2 filter, at character \(position): \(message)" }
    }

    /// The property names the filter uses.
    public var properties: Set<String> {
        switch self {
        case let .and(a, b), let .or(a, b): a.properties.union(b.properties)
        case let .not(a): a.properties
        case let .compare(p, _, _), let .like(p, _), let .between(p, _, _), let .isIn(p, _), let .isNull(p): [p]
        case .intersects, .constant: []
        }
    }

    public static func parse(_ text: String) throws(SyntaxError) -> CQL2 {
        var parser = CQL2Parser(text)
        let expression = try parser.expression()
        try parser.end()
        return expression
    }

    /// Whether a feature passes; `geometry` is asked only by spatial tests.
    public func matches(_ f: Feature) -> Bool {
        switch self {
        case let .and(a, b): return a.matches(f) && b.matches(f)
        case let .or(a, b): return a.matches(f) || b.matches(f)
        case let .not(a): return !a.matches(f)
        case let .constant(b): return b
        case let .isNull(p): return f[p] == nil || f[p]!.isNull
        case let .compare(p, op, literal):
            guard let v = f[p], !v.isNull else { return false }
            guard let order = Self.order(v, literal) else { return op == .ne }
            switch op {
            case .eq: return order == 0
            case .ne: return order != 0
            case .lt: return order < 0
            case .le: return order <= 0
            case .gt: return order > 0
            case .ge: return order >= 0
            }
        case let .between(p, low, high):
            guard let n = f[p]?.numberValue else { return false }
            return n >= low && n <= high
        case let .isIn(p, list):
            guard let v = f[p], !v.isNull else { return false }
            return list.contains { Self.order(v, $0) == 0 }
        case let .like(p, pattern):
            guard let s = f[p]?.stringValue else { return false }
            return Self.like(Array(s), Array(pattern))
        case let .intersects(g):
            guard let own = f.geometry else { return false }
            return (try? own.intersects(g)) == true
        }
    }

    /// -1, 0, 1 comparing a property value with a literal; nil when they are of different kinds.
    static func order(_ v: JSONValue, _ l: Literal) -> Int? {
        switch (v, l) {
        case let (.number(a), .number(b)): return a < b ? -1 : a > b ? 1 : 0
        case let (.string(a), .string(b)): return a < b ? -1 : a > b ? 1 : 0
        case let (.bool(a), .bool(b)): return a == b ? 0 : (a ? 1 : -1)
        case let (.string(a), .number(b)): return Double(a).map { $0 < b ? -1 : $0 > b ? 1 : 0 }
        default: return nil
        }
    }

    /// SQL LIKE: `%` any run, `_` any one character.
    static func like(_ s: [Character], _ p: [Character]) -> Bool {
        var memo = [[Bool?]](repeating: [Bool?](repeating: nil, count: p.count + 1), count: s.count + 1)
        func go(_ i: Int, _ j: Int) -> Bool {
            if let known = memo[i][j] { return known }
            let result: Bool
            if j == p.count {
                result = i == s.count
            } else if p[j] == "%" {
                result = go(i, j + 1) || (i < s.count && go(i + 1, j))
            } else {
                result = i < s.count && (p[j] == "_" || p[j] == s[i]) && go(i + 1, j + 1)
            }
            memo[i][j] = result
            return result
        }
        return go(0, 0)
    }
}
