import BorderIncidents

/// Where a fact was read: the character span of `ReportText.text`, its
/// sentence, and how sure the reading is (0–1).
public struct Evidence: Sendable, Hashable {
    /// "type", "date", "location[0]", "claim[1]", "claim[1].casualties", "claimant".
    public var fact: String
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    public var confidence: Double
    /// How the reading was made ("'Tuesday' read against publication …").
    public var note: String
}

/// A place named but not placed: unknown to the gazetteer, or not an
/// incident location (a dateline, a capital speaking, a home town).
public struct SetAsidePlace: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    /// Nil for an unknown name; else why it is no incident location.
    public var reason: String?
}

/// One incident read from a report, in the catalog's own model (status
/// `proposed`), with the evidence of each fact and its relation to the geodata.
public struct ProposedIncident: Sendable {
    public var incident: Incident
    /// False when only relative dates were found and the publication date is
    /// unknown: `incident.date` is then meaningless and not shown.
    public var dateResolved: Bool
    /// The date phrase as written, kept whether or not it could be resolved.
    public var datePhrase: String?
    /// Gazetteer feature of each location, in order ("geonames:616041", "AM-GR",
    /// "sector:AZ-KAL", "additions:nakhchivan-ar").
    public var featureIDs: [String]
    public var unresolvedPlaces: [SetAsidePlace]
    public var evidence: [Evidence]
    public var relation: IncidentRelation?
    /// Why relating failed, when it did.
    public var relateError: String?
}

/// What `ReportIngester` read from one report.
public struct IngestResult: Sendable {
    public var source: SourceReport?
    public var published: Day?
    /// How the publication date was known: "--published", "date line", or nil.
    public var publishedFrom: String?
    public var text: String
    public var incidents: [ProposedIncident]
    /// Places set aside as no incident location, with the reason.
    public var setAside: [SetAsidePlace]
    public var notes: [String]
}
