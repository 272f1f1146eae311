import BorderIncidents

/// Where a fact was read: the words, their sentence and how sure the reader is.
public struct Evidence: Sendable {
    /// "type", "date", "place", "claim", "claimant", "unresolved-place", "unresolved-date".
    public var fact: String
    /// The fact as read, such as "2021-07-28 (day)" or "ARM killed 3".
    public var value: String
    /// Unicode-scalar offsets in the report's text.
    public var start: Int
    public var end: Int
    public var sentence: Int
    public var sentenceText: String
    public var confidence: Double
}

/// An incident read from a report, not yet reviewed, with the evidence for
/// every fact in it.
public struct ProposedIncident: Sendable {
    public var incident: Incident
    public var evidence: [Evidence]
    /// Indices into `incident.claims` of running totals ("49 killed since
    /// hostilities began"): kept as claims, never read as this incident's toll.
    public var totalClaims: Set<Int>
    /// Claims of civilian losses (indices into `incident.claims`).
    public var civilianClaims: Set<Int>
    /// The incident related like every other: province, border, side, nearby places.
    public var relation: IncidentRelation?
}

/// Everything one report gave.
public struct IngestResult: Sendable {
    public var source: SourceReport
    public var incidents: [ProposedIncident]
    /// Places cued in the text that the gazetteer does not know, and dates
    /// that could not be read (no publication day for a relative phrase).
    public var unresolved: [Evidence]
    /// The publication day used, and where it came from.
    public var published: Day?
    public var publishedReading: String
    public var text: ReportText

    /// The proposals as a catalog, for the writers that take one.
    public var catalog: Catalog { Catalog(sources: [source], incidents: incidents.map(\.incident)) }
}
