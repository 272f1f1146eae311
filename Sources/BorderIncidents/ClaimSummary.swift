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
        // Groups in the order their side and kind first appear; an incident has a handful, so a scan finds one.
        var groups: [(side: String, kind: CasualtyKind, claims: [(claimant: String, figure: CasualtyFigure)])] = []
        for claim in claims {
            for c in claim.casualties {
                for kind in CasualtyKind.allCases {
                    guard let figure = c.figures[kind] else { continue }
                    if let k = groups.firstIndex(where: { $0.kind == kind && $0.side == c.side }) {
                        groups[k].claims.append((claim.claimant, figure))
                    } else {
                        groups.append((c.side, kind, [(claim.claimant, figure)]))
                    }
                }
            }
        }
        entries = groups.map { Self.entry(side: $0.side, kind: $0.kind, figures: $0.claims) }
    }

    /// One side's one kind of loss across the claims that give it (at least one).
    private static func entry(
        side: String, kind: CasualtyKind, figures: [(claimant: String, figure: CasualtyFigure)]
    ) -> Entry {
        let low = figures.map(\.figure.low).min()!
        let highs = figures.map(\.figure.high)
        let maxLow = figures.map(\.figure.low).max()!
        let high: Int? =
            highs.contains(nil)
            ? (highs.compactMap { $0 }.max().map { $0 >= maxLow ? $0 : nil } ?? nil)
            : highs.compactMap { $0 }.max()
        let first = figures[0].figure.description
        let distinct = figures.dropFirst().contains { $0.figure.description != first }
        return Entry(
            side: side, kind: kind, conservative: low, low: low, high: high, disputed: distinct, claims: figures)
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
