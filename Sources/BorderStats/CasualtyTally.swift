import BorderIncidents

/// Casualty figures of a set of incidents, per affected side and kind of
/// loss, kept apart per claimant: one side's own figure and the other side's
/// claim about it are never added together. Beside them, the conservative
/// figure: per incident the lowest any claim gives (as `ClaimSummary`), summed
/// over incidents.
public struct CasualtyTally: Sendable, Hashable {
    public struct Loss: Hashable, Sendable, Comparable {
        /// Whose losses: "ARM", "AZE", "NK", "ALL".
        public var side: String
        public var kind: CasualtyKind

        public static func < (a: Loss, b: Loss) -> Bool {
            (a.side, kindOrder(a.kind)) < (b.side, kindOrder(b.kind))
        }

        static func kindOrder(_ k: CasualtyKind) -> Int { CasualtyKind.allCases.firstIndex(of: k)! }
    }

    /// What each claimant claimed for a loss, summed over the incidents it
    /// made a claim for; how many incidents that was.
    public struct ClaimantFigure: Hashable, Sendable {
        public var claimant: String
        public var figure: CasualtyFigure
        public var incidents: Int
    }

    public private(set) var claimants: [Loss: [ClaimantFigure]] = [:]
    public private(set) var conservative: [Loss: Int] = [:]

    public init() {}

    /// Every loss anybody claimed, in a fixed order.
    public var losses: [Loss] { conservative.keys.sorted() }

    public var isEmpty: Bool { conservative.isEmpty }

    /// Adds one incident's claims. A claimant giving several figures for
    /// one loss of one incident counts with the highest of them.
    public mutating func add(_ incident: Incident) {
        var own: [Loss: [String: CasualtyFigure]] = [:]
        for claim in incident.claims {
            for c in claim.casualties {
                for (kind, figure) in c.figures {
                    let loss = Loss(side: c.side, kind: kind)
                    if let held = own[loss]?[claim.claimant], held.low >= figure.low { continue }
                    own[loss, default: [:]][claim.claimant] = figure
                }
            }
        }
        for entry in incident.summary.entries {
            conservative[Loss(side: entry.side, kind: entry.kind), default: 0] += entry.conservative
        }
        for (loss, byClaimant) in own {
            var list = claimants[loss] ?? []
            for (claimant, figure) in byClaimant {
                if let i = list.firstIndex(where: { $0.claimant == claimant }) {
                    list[i].figure = Self.sum(list[i].figure, figure)
                    list[i].incidents += 1
                } else {
                    list.append(ClaimantFigure(claimant: claimant, figure: figure, incidents: 1))
                }
            }
            claimants[loss] = list.sorted { $0.claimant < $1.claimant }
        }
    }

    /// Two figures of one claimant for two incidents: lows add, highs add
    /// while both are bounded.
    static func sum(_ a: CasualtyFigure, _ b: CasualtyFigure) -> CasualtyFigure {
        CasualtyFigure(low: a.low + b.low, high: a.high.flatMap { x in b.high.map { x + $0 } })
    }

    /// "ARM killed: conservative 3; Armenian MoD 3; Azerbaijani MoD 0" per loss.
    public var lines: [String] {
        losses.map { loss in
            let each = (claimants[loss] ?? []).map { "\($0.claimant) \($0.figure)" }.joined(separator: "; ")
            return "\(loss.side) \(loss.kind.rawValue): conservative \(conservative[loss] ?? 0); \(each)"
        }
    }
}
