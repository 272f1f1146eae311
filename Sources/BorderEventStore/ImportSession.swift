import BorderIncidents

/// One import's transaction, batch by batch (`EventStore.importing`): what
/// the importer reads and writes between `BEGIN` and `COMMIT`. Reads see the
/// batches already written, except `linkCandidates`, which sees the store as
/// it was before the import (a file's rows link to what was stored, not to
/// each other), so its cost grows with the store, not with the file.
public protocol ImportSession {
    /// The stored records with these keys, without their fields.
    func importedRecords(keys: [String]) throws -> [String: ImportedRecord]

    /// The incidents with these ids, as this transaction sees them.
    func incidents(ids: [String]) throws -> [Incident]

    /// `EventStore.linkCandidates` against the store as it was before the import.
    func linkCandidates(for probes: [LinkProbe], within metres: Double) throws -> [[LinkCandidate]]

    /// Writes one batch. The first batch carrying a log records it; its
    /// records and those of later batches (`ImportedRecord.thisImport`) take its id.
    func write(_ batch: StoreBatch) throws

    /// After the last batch: the logged import's counts set to `log`'s, and
    /// whatever the store defers to the end of a load (layer extents).
    func finish(_ log: ImportLog) throws
}

/// The import id and counts of one `ImportSession`, for the stores' sessions to share.
public struct ImportSessionLog: Sendable {
    /// The id of the logged import, once a batch logged it.
    public private(set) var id: Int?
    public private(set) var wroteIncidents = false

    public init() {}

    /// Records what `batch` brings; returns the log to insert when this batch is the first to carry one.
    public mutating func logToInsert(for batch: StoreBatch) -> ImportLog? {
        if !batch.incidents.isEmpty { wroteIncidents = true }
        return id == nil ? batch.log : nil
    }

    public mutating func logged(_ id: Int) { self.id = id }
}
