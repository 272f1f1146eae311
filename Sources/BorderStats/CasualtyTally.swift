import BorderIncidents
import BorderQueries

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

    /// One incident's claims, read once and then added to every cell the
    /// incident counts in. A claimant giving several figures for one loss
    /// of one incident counts with the highest of them; the conservative
    /// figure is the lowest any claim gives (as `ClaimSummary`'s).
    public struct Claimed: Sendable {
        var figures: [Loss: [String: CasualtyFigure]] = [:]
        var lowest: [Loss: Int] = [:]

        public init(_ incident: Incident) {
            self.init(IncidentFacts(IncidentRelation(incident: incident, locations: []), places: []).figures)
        }

        /// From every figure of every claim of one incident, in claim order.
        public init(_ claimed: [ClaimedFigure]) {
            for c in claimed {
                let loss = Loss(side: c.side, kind: c.kind)
                lowest[loss] = min(lowest[loss] ?? c.figure.low, c.figure.low)
                if let held = figures[loss]?[c.claimant], held.low >= c.figure.low { continue }
                figures[loss, default: [:]][c.claimant] = c.figure
            }
        }
    }

    public mutating func add(_ incident: Incident) { add(Claimed(incident)) }

    /// Adds one incident's claims, or those of `times` incidents that claimed alike.
    public mutating func add(_ claimed: Claimed, times: Int = 1) {
        for (loss, n) in claimed.lowest { conservative[loss, default: 0] += n * times }
        for (loss, byClaimant) in claimed.figures {
            for (claimant, one) in byClaimant {
                let figure = times == 1 ? one : CasualtyFigure(low: one.low * times, high: one.high.map { $0 * times })
                // In place, kept in claimant order.
                if let i = claimants[loss]?.firstIndex(where: { $0.claimant == claimant }) {
                    claimants[loss]![i].figure = Self.sum(claimants[loss]![i].figure, figure)
                    claimants[loss]![i].incidents += times
                } else {
                    let at = claimants[loss]?.firstIndex { $0.claimant > claimant } ?? claimants[loss]?.count ?? 0
                    claimants[loss, default: []].insert(
                        ClaimantFigure(claimant: claimant, figure: figure, incidents: times), at: at)
                }
            }
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
