import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// Brings the records of a file into a store, deciding for each what it is:
/// unchanged (same key, same digest), updated (same key, new content), linked
/// (another source's report of an event already stored: same day ±1 within
/// the precisions, within 5 km geodesic, compatible type) or new. Written
/// against `EventStore` only; every location is related with `Relater`'s
/// one code path (in bulk with `BulkRelater`). A file is read, linked,
/// related and written a batch at a time inside one transaction
/// (`EventStore.importing`), so it lands entirely or not at all; the next
/// batch is read and related while one is written (`BatchPrefetch`).
public struct EventImporter: Sendable {
    public struct Summary: Sendable, Equatable {
        public var new = 0, updated = 0, linked = 0, unchanged = 0
        public var rejected: [RejectedRow] = []

        public init(new: Int = 0, updated: Int = 0, linked: Int = 0, unchanged: Int = 0, rejected: [RejectedRow] = []) {
            self.new = new
            self.updated = updated
            self.linked = linked
            self.unchanged = unchanged
            self.rejected = rejected
        }

        public var line: String {
            "\(new) new, \(updated) updated, \(linked) linked, \(unchanged) unchanged, \(rejected.count) rejected"
        }
    }

    public let relater: Relater
    public var linkMetres = 5_000.0
    public var linkDays = 1
    /// The digest of `relater`'s geodata, recorded with the import; a store
    /// related with other geodata is refreshed first. Nil: neither.
    public var geodataDigest: String?

    public init(relater: Relater, geodataDigest: String? = GeodataDigest.bundled) {
        self.relater = relater
        self.geodataDigest = geodataDigest
    }

    /// Rows read, linked, related and written per batch: memory holds a batch, not the file.
    public var batchSize = 10_000

    /// Stages ("refreshing", "importing") and their fraction done, for a progress bar.
    public typealias Progress = @Sendable (_ stage: String, _ fraction: Double) -> Void

    /// Imports `source`, recorded in the store as an import named `label`:
    /// read, linked, related and written `batchSize` rows at a time, all in
    /// one transaction, so that the file lands whole or not at all. A dry
    /// run does all of it and rolls the transaction back.
    public func run(
        _ source: some EventSource, into store: some EventStore, dryRun: Bool = false, label: String = "import",
        progress: Progress? = nil
    ) async throws -> Summary {
        if !dryRun, let digest = geodataDigest, try await store.isStale(against: digest) {
            try await StoreRefresh.refresh(store, relater: relater, digest: digest) { progress?("refreshing", $0) }
        }
        let importer = self
        // Every batch is related by the same workers: their geodata copies are made once per import.
        let bulk = try BulkRelater(relater: relater).keepingWorkers()
        return try await store.importing(rollback: dryRun) { session in
            // The next batch is read and related ahead, with a geodata copy of its own.
            let prefetch = BatchPrefetch(source: source, size: importer.batchSize, relater: importer.relater)
            defer { prefetch.stop() }
            var summary = Summary()
            progress?("importing", 0)
            while let batch = try prefetch.next() {
                try importer.importBatch(
                    batch.read, into: session, summary: &summary, label: label, bulk: bulk, ahead: batch.related)
                progress?("importing", batch.fractionRead)
            }
            try session.finish(importer.log(label, summary))
            return summary
        }
    }

    func log(_ label: String, _ summary: Summary) -> ImportLog {
        ImportLog(
            label: label, geodataDigest: geodataDigest, new: summary.new, updated: summary.updated,
            linked: summary.linked, unchanged: summary.unchanged)
    }

    /// One batch classified, linked, related and written; `summary` counts it.
    func importBatch(
        _ read: ReadResult, into session: any ImportSession, summary: inout Summary, label: String, bulk: BulkRelater,
        ahead: [String: BatchPrefetch.Prerelated]
    ) throws {
        summary.rejected += read.rejected
        let known = try session.importedRecords(keys: Array(Set(read.records.map(\.key))))
        let sorted = Self.classify(read.records, known: known)
        summary.unchanged += sorted.unchanged
        var imported = sorted.refilled
        let fresh = sorted.fresh.map { read.records[$0] }
        let links = try linkTargets(fresh, session)
        let changedTargets = sorted.changed.map { known[read.records[$0].key]!.incidentID }
        // Incidents updated or linked into, as this import left them so far.
        let current = Dictionary(
            try session.incidents(ids: Array(Set(changedTargets + links.compactMap { $0?.id }))).map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })

        // Incidents to write: new ones in file order, and those updated or linked into (merged as they come).
        var written: [Incident] = []
        var position: [String: Int] = [:]
        func put(_ i: Incident) {
            if let k = position[i.id] { written[k] = i } else { position[i.id] = written.count; written.append(i) }
        }
        func pending(_ id: String) -> Incident? { position[id].map { written[$0] } ?? current[id] }
        func record(_ r: EventRecord, in incident: String) -> ImportedRecord {
            ImportedRecord(
                key: r.key, digest: r.digest, incidentID: incident, fields: r.fields,
                importID: ImportedRecord.thisImport)
        }
        for (k, target) in zip(sorted.changed, changedTargets) {
            let r = read.records[k]
            put(Self.merge(r, into: pending(target)))
            imported.append(record(r, in: target))
            summary.updated += 1
        }
        for (r, found) in zip(fresh, links) {
            if let found, found.id != r.incident.id {
                put(Self.merge(r, into: pending(found.id) ?? found, primary: false))
                imported.append(record(r, in: found.id))
                summary.linked += 1
            } else {
                put(Self.merge(r, into: nil))
                imported.append(record(r, in: r.incident.id))
                summary.new += 1
            }
        }
        let relations = try BatchPrefetch.relations(of: written, ahead: ahead, bulk: bulk)
        // Nothing new, updated, linked or refilled: nothing to write.
        guard !imported.isEmpty else { return }
        var seen = Set<String>()
        let sources = (read.sources + read.records.compactMap(\.source)).reversed().filter {
            seen.insert($0.id).inserted
        }
        .reversed()
        // Only refilled records: the incidents and their sources stay as they are.
        try session.write(
            written.isEmpty
                ? StoreBatch(records: imported)
                : StoreBatch(
                    sources: Array(sources), incidents: written, relations: relations, records: imported,
                    log: log(label, summary)))
    }

    /// For each fresh record, the stored incident it describes (as stored
    /// before the import), if any: the nearest compatible candidate holding
    /// no row of the record's dataset.
    func linkTargets(_ fresh: [EventRecord], _ session: any ImportSession) throws -> [Incident?] {
        let probes = fresh.compactMap { r in
            r.point.map {
                LinkProbe(
                    coordinate: $0, from: r.incident.date.start.adding(days: -linkDays),
                    to: r.incident.date.end.adding(days: linkDays))
            }
        }
        let candidates = probes.isEmpty ? [] : try session.linkCandidates(for: probes, within: linkMetres)
        var probe = 0
        return fresh.map { r in
            guard r.point != nil else { return nil }
            defer { probe += 1 }
            return candidates[probe].first { c in
                Self.compatible(r.incident.type, c.incident.type) && !Self.sameDataset(r.key, c.incident)
            }?.incident
        }
    }

    /// The positions of the records that are new and of those with new
    /// content (the last of each key: a later row wins, as a re-import
    /// would), how many are unchanged, and the stored records of unchanged
    /// rows imported before their fields were kept, with the fields now
    /// (their incidents are not touched).
    static func classify(_ records: [EventRecord], known: [String: ImportedRecord])
        -> (fresh: [Int], changed: [Int], unchanged: Int, refilled: [ImportedRecord])
    {
        var last: [String: Int] = [:]
        for (k, r) in records.enumerated() { last[r.key] = k }
        var fresh: [Int] = [], changed: [Int] = [], unchanged = 0, refilled: [ImportedRecord] = []
        for (k, r) in records.enumerated() where last[r.key] == k {
            guard var stored = known[r.key] else { fresh.append(k); continue }
            guard stored.digest == r.digest else { changed.append(k); continue }
            unchanged += 1
            if !stored.hasFields, let fields = r.fields {
                stored.fields = fields
                stored.hasFields = true
                refilled.append(stored)
            }
        }
        return (fresh, changed, unchanged, refilled)
    }

    /// Types that may describe one event: the same, or two kinds of fighting.
    static func compatible(_ a: EventType, _ b: EventType) -> Bool {
        let fighting: Set<EventType> = [.armedClash, .shelling, .war, .incursion]
        return a == b || (fighting.contains(a) && fighting.contains(b))
    }

    /// A dataset codes distinct events separately, so a row is never linked
    /// to an incident that already holds a row of the same dataset.
    static func sameDataset(_ key: String, _ incident: Incident) -> Bool {
        guard let prefix = key.split(separator: ":").first else { return false }
        return incident.sources.contains { $0.hasPrefix("\(prefix):") }
    }

    /// The incident without what linked record `key` contributed (its location, claims and source).
    static func strip(_ key: String, from i: Incident) -> Incident {
        var i = i
        i.locations.removeAll { $0.sources == [key] }
        i.claims.removeAll { $0.sources == [key] }
        i.sources.removeAll { $0 == key }
        return i
    }

    /// `r`'s incident merged into `base`. When `base` is `r`'s own incident,
    /// `r` replaces it and keeps only what rows linked to it contributed;
    /// otherwise `r` adds its location, claims and source to `base`.
    static func merge(_ r: EventRecord, into base: Incident?, primary: Bool = true) -> Incident {
        guard let base else { return r.incident }
        var i: Incident
        if primary && base.id == r.incident.id {
            i = r.incident
            // Linked rows' keys are format-qualified ("ucdp:420001"); their parts cite only that key.
            let linked = base.sources.filter { $0.contains(":") && $0 != r.key && !i.sources.contains($0) }
            func fromLinked(_ sources: [String]) -> Bool { sources.count == 1 && linked.contains(sources[0]) }
            i.locations += base.locations.filter { fromLinked($0.sources) }
            i.claims += base.claims.filter { fromLinked($0.sources) }
            i.sources += linked
            if !linked.isEmpty { for s in base.sides where !i.sides.contains(s) { i.sides.append(s) } }
        } else {
            i = strip(r.key, from: base)
            i.locations += r.incident.locations
            i.claims += r.incident.claims
            i.sources += r.incident.sources.filter { !i.sources.contains($0) }
            for s in r.incident.sides where !i.sides.contains(s) { i.sides.append(s) }
        }
        return i
    }
}

/// A location the engine could not relate, named by its incident, with the engine's own reason.
public struct RelatingError: Error, CustomStringConvertible {
    public var incident: String
    public var reason: String
    public var description: String { "incident \(incident): \(reason)" }
}
