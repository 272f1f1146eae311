/// One import that wrote to a store: what was imported, when, against
/// which geodata, and what became of its rows. Its id is the store's.
public struct ImportLog: Hashable, Sendable {
    /// Assigned by the store when it writes the log; nil before.
    public var id: Int?
    /// What was imported, such as "acled export.csv".
    public var label: String
    /// ISO 8601, UTC, as the store recorded it; nil before it is written.
    public var importedAt: String?
    /// `GeodataDigest` of the geodata the rows were related with.
    public var geodataDigest: String?
    public var new: Int, updated: Int, linked: Int, unchanged: Int

    public init(
        id: Int? = nil, label: String, importedAt: String? = nil, geodataDigest: String?, new: Int, updated: Int,
        linked: Int, unchanged: Int
    ) {
        self.id = id
        self.label = label
        self.importedAt = importedAt
        self.geodataDigest = geodataDigest
        self.new = new
        self.updated = updated
        self.linked = linked
        self.unchanged = unchanged
    }
}

/// What a store holds, for `store info`.
public struct StoreInfo: Hashable, Sendable {
    public var schemaVersion: Int
    public var incidents: Int
    public var locations: Int
    public var importedRows: Int
    /// The digest of the geodata the stored relations were made with; nil when none is recorded.
    public var geodataDigest: String?
    /// Every import recorded, oldest first.
    public var imports: [ImportLog]

    public init(
        schemaVersion: Int, incidents: Int, locations: Int, importedRows: Int, geodataDigest: String?,
        imports: [ImportLog]
    ) {
        self.schemaVersion = schemaVersion
        self.incidents = incidents
        self.locations = locations
        self.importedRows = importedRows
        self.geodataDigest = geodataDigest
        self.imports = imports
    }

    /// Whether the stored relations were made with other geodata than
    /// `digest` describes (or before the digest was recorded); a store
    /// without locations has nothing to be stale.
    public func isStale(against digest: String) -> Bool {
        locations > 0 && geodataDigest != digest
    }
}
