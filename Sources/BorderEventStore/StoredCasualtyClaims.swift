import BorderIncidents

/// Casualty figures read back a row per kind (both stores keep them so),
/// gathered into each claim's `CasualtyClaim`s in casualty order.
public struct StoredCasualtyClaims: Sendable {
    private var byIncident: [String: [Int: [Int: CasualtyClaim]]] = [:]

    public init() {}

    /// One stored row: the figure of `kind` for casualty `casualty` of claim `claim` of `incident`.
    public mutating func add(
        incident: String, claim: Int, casualty: Int, side: String, kind: String, figure: CasualtyFigure
    ) throws {
        guard let kind = CasualtyKind(rawValue: kind) else {
            throw StoreError.corrupt("incident \(incident): casualty kind '\(kind)'")
        }
        byIncident[incident, default: [:]][claim, default: [:]][
            casualty, default: CasualtyClaim(side: side, figures: [:])
        ]
        .figures[kind] = figure
    }

    /// The casualties of claim `claim` of `incident`, in casualty order.
    public func casualties(of incident: String, claim: Int) -> [CasualtyClaim] {
        (byIncident[incident]?[claim] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    }
}
