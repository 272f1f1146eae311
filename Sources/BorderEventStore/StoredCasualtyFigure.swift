import BorderIncidents
import BorderQueries

/// A casualty figure as a store keeps it: its claim by index, named once
/// the incident's claimants are read (both stores read facts this way).
public struct StoredCasualtyFigure: Sendable {
    public var claim: Int
    public var side: String
    public var kind: String
    public var figure: CasualtyFigure

    public init(claim: Int, side: String, kind: String, figure: CasualtyFigure) {
        self.claim = claim
        self.side = side
        self.kind = kind
        self.figure = figure
    }

    /// The figure with its claimant, from the incident's claimants in claim order.
    public func claimed(by claimants: [String], of incident: String) throws -> ClaimedFigure {
        guard claimants.indices.contains(claim), let kind = CasualtyKind(rawValue: kind) else {
            throw StoreError.corrupt("casualty figure of claim \(claim) of incident \(incident)")
        }
        return ClaimedFigure(claimant: claimants[claim], side: side, kind: kind, figure: figure)
    }
}
