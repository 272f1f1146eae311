/// Who said what about an incident. Conflicting claims are kept side by
/// side; `ClaimSummary` compares them without merging.
public struct Claim: Hashable, Sendable {
    /// Such as "Armenian Ministry of Defence".
    public var claimant: String
    /// The side the claimant speaks for: "ARM", "AZE", "NK", or "third" for
    /// outlets, mediators and other governments.
    public var side: String
    /// "defence-ministry", "foreign-ministry", "prime-minister", "president",
    /// "lawmaker", "government", "military", "outlet", "mediator", "rights-group".
    public var role: String
    /// What was claimed, in the catalog's own words.
    public var summary: String
    public var casualties: [CasualtyClaim]
    /// True when the report says the claim was not confirmed.
    public var unconfirmed: Bool
    /// Ids of the reports that carry the claim.
    public var sources: [String]

    public init(
        claimant: String, side: String, role: String, summary: String, casualties: [CasualtyClaim],
        unconfirmed: Bool, sources: [String]
    ) {
        self.claimant = claimant
        self.side = side
        self.role = role
        self.summary = summary
        self.casualties = casualties
        self.unconfirmed = unconfirmed
        self.sources = sources
    }
}

/// A news report the catalog cites.
public struct SourceReport: Hashable, Sendable {
    public var id: String
    public var outlet: String
    public var headline: String
    public var published: Day
    /// The report's file among the seeds, such as "000_16208bb4e6f8d90d.txt".
    public var file: String

    public init(id: String, outlet: String, headline: String, published: Day, file: String) {
        self.id = id
        self.outlet = outlet
        self.headline = headline
        self.published = published
        self.file = file
    }
}
