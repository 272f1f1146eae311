/// A claimed number: exact ("three"), a floor ("at least 105", "more than
/// a dozen" → 13 and up) or a range.
public struct CasualtyFigure: Hashable, Sendable, CustomStringConvertible {
    public var low: Int
    /// Nil when the claim sets no upper bound.
    public var high: Int?

    public init(exactly n: Int) { low = n; high = n }
    public init(atLeast n: Int) { low = n; high = nil }
    public init(low: Int, high: Int?) { self.low = low; self.high = high }

    public var isExact: Bool { high == low }

    public var description: String {
        if isExact { return "\(low)" }
        if let high { return "\(low)–\(high)" }
        return "\(low)+"
    }
}

/// The categories of loss the catalog records.
public enum CasualtyKind: String, CaseIterable, Sendable, Hashable {
    case killed, wounded, captured, missing
}

/// One claim's figures for the losses of one side.
public struct CasualtyClaim: Hashable, Sendable {
    /// Whose losses: "ARM", "AZE", "NK" (Nagorno-Karabakh forces), "ALL".
    public var side: String
    public var figures: [CasualtyKind: CasualtyFigure]

    public init(side: String, figures: [CasualtyKind: CasualtyFigure]) {
        self.side = side
        self.figures = figures
    }
}
