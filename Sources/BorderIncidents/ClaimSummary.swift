/// The claims of one incident compared, per side and kind of loss: the
/// conservative figure (the lowest any claim gives, ACLED's rule), the
/// low/high range across claims (UCDP's), and whether they disagree.
public struct ClaimSummary: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var side: String
        public var kind: CasualtyKind
        public var conservative: Int
        public var low: Int
        /// Nil when some claim is open-ended and none is higher.
        public var high: Int?
        public var disputed: Bool
        /// Claimants, with what each said.
        public var claims: [(claimant: String, figure: CasualtyFigure)]

        public static func == (a: Entry, b: Entry) -> Bool {
            a.side == b.side && a.kind == b.kind && a.conservative == b.conservative && a.low == b.low
                && a.high == b.high && a.disputed == b.disputed && a.claims.map(\.claimant) == b.claims.map(\.claimant)
                && a.claims.map(\.figure) == b.claims.map(\.figure)
        }

        public func hash(into h: inout Hasher) {
            h.combine(side); h.combine(kind); h.combine(conservative); h.combine(low); h.combine(high)
        }
    }

    public var entries: [Entry]

    public init(claims: [Claim]) {
        var grouped: [String: [(String, CasualtyFigure)]] = [:]
        var order: [String] = []
        for claim in claims {
            for c in claim.casualties {
                for kind in CasualtyKind.allCases {
                    guard let figure = c.figures[kind] else { continue }
                    let key = "\(c.side)|\(kind.rawValue)"
                    if grouped[key] == nil { order.append(key) }
                    grouped[key, default: []].append((claim.claimant, figure))
                }
            }
        }
        entries = order.map { key in
            let parts = key.split(separator: "|").map(String.init)
            let figures = grouped[key]!
            let low = figures.map(\.1.low).min()!
            let highs = figures.map(\.1.high)
            let maxLow = figures.map(\.1.low).max()!
            let high: Int? =
                highs.contains(nil)
                ? (highs.compactMap { $0 }.max().map { $0 >= maxLow ? $0 : nil } ?? nil)
                : highs.compactMap { $0 }.max()
            let distinct = Set(figures.map(\.1.description)).count > 1
            return Entry(
                side: parts[0], kind: CasualtyKind(rawValue: parts[1])!, conservative: low, low: low,
                high: high, disputed: distinct, claims: figures.map { (claimant: $0.0, figure: $0.1) })
        }
    }

    /// The conservative figures of one kind of loss, summed over all sides.
    public func total(_ kind: CasualtyKind) -> Int {
        entries.filter { $0.kind == kind }.reduce(0) { $0 + $1.conservative }
    }

    public func entry(side: String, kind: CasualtyKind) -> Entry? {
        entries.first { $0.side == side && $0.kind == kind }
    }

    /// "ARM killed 1 (claims 1–15, disputed)" style text, one per entry.
    public var lines: [String] {
        entries.map { e in
            let range = e.low == e.high ? "\(e.low)" : "\(e.low)–\(e.high.map(String.init) ?? "?")"
            return "\(e.side) \(e.kind.rawValue) \(e.conservative)" + (e.disputed ? " (claims \(range), disputed)" : "")
        }
    }
}
